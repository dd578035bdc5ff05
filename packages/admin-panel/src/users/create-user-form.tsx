import { useState, type FormEvent } from 'react';
import { useApi } from '../ui/api-context.ts';
import { useNotify } from '../ui/notices.tsx';
import { useAction } from '../ui/use-action.ts';

export function CreateUserForm({ onCreated }: { onCreated(): void }) {
  const api = useApi();
  const notify = useNotify();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const user = await api.createUser(email.trim(), password);
      notify.success(`User ${user.email} created.`);
      setEmail('');
      setPassword('');
      onCreated();
    });
  };

  return (
    <form onSubmit={submit} className="card-form" aria-labelledby="create-user-title" data-testid="create-user-form">
      <h2 id="create-user-title">Create a user</h2>
      <div className="fields">
        <label>
          Email
          <input
            type="email"
            required
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="create-user-email"
          />
        </label>
        <label>
          Password
          <input
            type="password"
            required
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="create-user-password"
          />
        </label>
        <button type="submit" disabled={busy} aria-busy={busy} data-testid="create-user-submit">
          Create user
        </button>
      </div>
    </form>
  );
}

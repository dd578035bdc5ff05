import { useState, type FormEvent } from 'react';
import type { Participant } from '../api.ts';
import { roomHash } from '../route.ts';
import { useApi } from '../ui/api-context.ts';
import { useNotify } from '../ui/notices.tsx';
import { useAction } from '../ui/use-action.ts';
import { UserPicker } from '../ui/user-picker.tsx';

export function CreateRoomForm({ onCreated }: { onCreated(): void }) {
  const api = useApi();
  const notify = useNotify();
  const [name, setName] = useState('');
  const [users, setUsers] = useState<Participant[]>([]);
  const { busy, run } = useAction();
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The API needs at least one participant: an admin is not a chat user.
    if (users.length === 0) {
      setProblem('Choose at least one participant.');
      return;
    }
    setProblem(null);
    await run(async () => {
      const roomName = name.trim();
      const roomId = await api.createRoom(roomName, users.map((u) => u._id));
      notify.success(`Room “${roomName}” created.`, { href: roomHash(roomId), label: 'Open it' });
      setName('');
      setUsers([]);
      onCreated();
    });
  };

  return (
    <form onSubmit={submit} className="card-form" aria-labelledby="create-room-title" data-testid="create-room-form">
      <h2 id="create-room-title">Create a room</h2>
      <label>
        Room name
        <input
          type="text"
          required
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          data-testid="create-room-name"
        />
      </label>
      <UserPicker
        label="Participants"
        selected={users}
        onChange={(next) => {
          setUsers(next);
          if (next.length > 0) setProblem(null);
        }}
      />
      {problem && (
        <p className="field-error" role="alert" data-testid="create-room-problem">
          {problem}
        </p>
      )}
      <button type="submit" disabled={busy} aria-busy={busy} data-testid="create-room-submit">
        Create room{users.length > 0 ? ` with ${users.length} ${users.length === 1 ? 'user' : 'users'}` : ''}
      </button>
    </form>
  );
}

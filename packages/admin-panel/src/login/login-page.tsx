import { useState, type FormEvent } from 'react';
import type { AdminApi, Session } from '../api.ts';

export interface LoginPageProps {
  api: AdminApi;
  /** Why the admin is here: a 401's words, or that they logged out. */
  notice: { kind: 'error' | 'info'; text: string } | null;
  onLoggedIn(session: Session): void;
}

export function LoginPage({ api, notice, onLoggedIn }: LoginPageProps) {
  const [masterKey, setMasterKey] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onLoggedIn(await api.login(masterKey.trim(), email.trim(), password));
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  const shown = error ? { kind: 'error' as const, text: error } : notice;

  return (
    <main className="container login">
      <article>
        <header>
          <h1 tabIndex={-1}>Chat admin</h1>
          <p className="hint">Log in with the gateway's master key and an admin account.</p>
        </header>
        {shown && (
          <p
            className={`notice notice-${shown.kind === 'error' ? 'error' : 'info'}`}
            role={shown.kind === 'error' ? 'alert' : 'status'}
            data-testid="login-message"
          >
            {shown.text}
          </p>
        )}
        <form onSubmit={submit} data-testid="login-form">
          <label>
            Master key
            <input
              type="password"
              name="masterKey"
              required
              autoComplete="off"
              placeholder="MASTER_KEY, e.g. M4ST3RK3Y locally"
              value={masterKey}
              onChange={(e) => setMasterKey(e.target.value)}
              data-testid="login-masterkey"
            />
          </label>
          <label>
            Admin email
            <input
              type="email"
              name="email"
              required
              autoComplete="username"
              placeholder="admin@example.com"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              data-testid="login-email"
            />
          </label>
          <label>
            Password
            <input
              type="password"
              name="password"
              required
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              data-testid="login-password"
            />
          </label>
          <button type="submit" disabled={busy} aria-busy={busy} data-testid="login-submit">
            {busy ? 'Logging in…' : 'Log in'}
          </button>
        </form>
      </article>
    </main>
  );
}

import { createChatClient } from '@chat/client';
import { authView } from './auth-view.ts';
import { chatApp } from './chat-app.ts';
import * as saved from './saved-session.ts';
import './styles.css';

/**
 * The routers' URL: `?socket=` (comma-separated for several), else this
 * host's port 3001 (`pnpm start`'s router).
 */
function socketUrls(): string[] {
  const param = new URLSearchParams(location.search).get('socket');
  if (param) return param.split(',');
  return [`${location.protocol}//${location.hostname}:3001`];
}

function boot(): void {
  const root = document.getElementById('app')!;
  const resumed = saved.load();
  const client = createChatClient({ url: location.origin, socketUrl: socketUrls(), ...(resumed ? { tokens: resumed.tokens } : {}) });
  const restart = () => {
    client.close();
    saved.clear();
    boot();
  };
  const enter = (email: string) => {
    chatApp(root, client, email, location.origin, restart).catch((error: Error) => {
      // Saved tokens that no longer work: log in again.
      saved.clear();
      root.textContent = error.message;
      setTimeout(restart, 1500);
    });
  };
  if (resumed) enter(resumed.email);
  else authView(root, client, enter);
}

boot();

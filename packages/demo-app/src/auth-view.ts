import { ChatError, type ChatClient } from '@chat/client';
import { byTestId, h } from './dom.ts';

/** Sign up or log in; resolves with the email once the client holds tokens. */
export function authView(root: HTMLElement, client: ChatClient, onDone: (email: string) => void): void {
  const email = h('input', { type: 'email', placeholder: 'email', autocomplete: 'username', required: true, ...byTestId('auth-email') });
  const password = h('input', { type: 'password', placeholder: 'password (8+ characters)', autocomplete: 'current-password', required: true, ...byTestId('auth-password') });
  const error = h('p', { class: 'error', role: 'alert', ...byTestId('auth-error') });
  const submit = async (signUp: boolean) => {
    error.textContent = '';
    try {
      if (signUp) await client.register(email.value, password.value);
      await client.login(email.value, password.value);
      onDone(email.value);
    } catch (e) {
      error.textContent = e instanceof ChatError ? e.message : String(e);
    }
  };
  const form = h(
    'form',
    { class: 'auth', onsubmit: (e) => (e.preventDefault(), void submit(false)) },
    h('h1', {}, 'Chat demo'),
    h('p', { class: 'muted' }, 'A chat page built on @chat/client: live messages, history, typing, unread counts, and nothing missed after a reconnect.'),
    email,
    password,
    h('div', { class: 'row' }, h('button', { type: 'submit', ...byTestId('auth-login') }, 'Log in'), h('button', { type: 'button', class: 'secondary', onclick: () => void submit(true), ...byTestId('auth-signup') }, 'Sign up')),
    error,
  );
  root.replaceChildren(form);
}

import type { ChatClient } from '@chat/client';
import { byTestId, h } from './dom.ts';
import { People } from './people.ts';
import { RoomList } from './room-list.ts';
import { RoomView } from './room-view.ts';
import * as saved from './saved-session.ts';

/**
 * The chat screen: rooms with unread counts, the open room, the reconnect
 * banner. Everything shown comes from the SDK's events, which deliver each
 * room's events once and in order, live or caught up after a reconnect.
 */
export async function chatApp(root: HTMLElement, client: ChatClient, email: string, baseUrl: string, onLogout: () => void): Promise<void> {
  const people = new People(client, baseUrl);
  people.remember(client.userId!, email);
  const banner = h('div', { class: 'banner', hidden: true, role: 'status', ...byTestId('banner') });
  const notice = h('p', { class: 'error', role: 'alert', ...byTestId('notice') });
  const showError = (message: string) => {
    notice.textContent = message;
    setTimeout(() => notice.textContent === message && (notice.textContent = ''), 5000);
  };
  let view: RoomView | undefined;
  const main = h('main', { class: 'room-pane' }, h('p', { class: 'muted empty' }, 'Pick a room, or create one with someone.'));

  const open = (roomId: string) => {
    const room = rooms.rooms.get(roomId);
    if (!room) return;
    view = new RoomView(client, people, roomId, room.name, showError);
    main.replaceChildren(view.el);
    room.unread = 0;
    rooms.render(roomId);
    void view.load().catch((e: Error) => showError(e.message));
    void client.markRead(roomId).catch(() => undefined);
  };
  const rooms = new RoomList(client, people, open, showError);

  const persist = () => saved.save({ email, tokens: client.tokens!, positions: client.positions() });
  let markReadTimer: ReturnType<typeof setTimeout> | undefined;
  client.on('event', (event) => {
    if (event.type === 'message') {
      const m = event.payload;
      if (view?.roomId === m.room) {
        view.addMessage(m);
        clearTimeout(markReadTimer);
        markReadTimer = setTimeout(() => void client.markRead(m.room).catch(() => undefined), 300);
      } else if (m.sender !== client.userId) {
        const room = rooms.rooms.get(m.room);
        if (room) room.unread++;
        // A room this page has not listed yet (just joined): the server's unread count is the truth.
        else void rooms.refresh();
        rooms.render(view?.roomId);
      }
    } else if (event.type === 'message-deleted' && view?.roomId === event.room) view.remove(event.payload.messageId);
    else if (event.type === 'room-renamed' && view?.roomId === event.room) view.rename(event.payload.roomName);
    if (event.type !== 'message') void rooms.refresh().then(() => rooms.render(view?.roomId));
    persist();
  });
  client.on('typing', (t) => {
    if (view?.roomId === t.room) view.showTyping(t.sender);
  });
  client.on('gap', (g) => {
    if (view?.roomId === g.room) void view.load();
  });
  client.on('room-lost', () => void rooms.refresh());
  client.on('tokens', persist);
  client.on('session-ended', onLogout);
  let connectedOnce = false;
  client.on('status', ({ status }) => {
    if (status === 'connected') {
      banner.hidden = true;
      if (connectedOnce) void rooms.refresh().then(() => rooms.render(view?.roomId));
      connectedOnce = true;
    } else if (connectedOnce && status !== 'closed') {
      banner.hidden = false;
      banner.textContent = 'Connection lost: reconnecting… Messages you send now go out when it is back, and nothing you missed is lost.';
    }
  });

  const logout = h('button', { class: 'secondary outline', ...byTestId('logout'), onclick: () => void client.logout().finally(onLogout) }, 'Log out');
  root.replaceChildren(
    h(
      'div',
      { class: 'shell' },
      h('header', { class: 'top' }, h('strong', {}, 'Chat demo'), h('span', { class: 'muted', ...byTestId('me') }, `${email} · your id `, h('code', byTestId('my-id'), client.userId ?? '')), logout),
      banner,
      notice,
      h('div', { class: 'columns' }, rooms.el, main),
    ),
  );
  await client.connect(saved.load()?.positions ?? {});
  persist();
  await rooms.refresh();
}

import type { ChatClient } from '@chat/client';
import { byTestId, h } from './dom.ts';
import type { People } from './people.ts';

export interface RoomEntry {
  id: string;
  name: string;
  unread: number;
}

/** The sidebar: the user's rooms with unread counts, and the form that creates one. */
export class RoomList {
  readonly el = h('nav', { class: 'rooms' });
  private readonly list = h('ul', byTestId('room-list'));
  readonly rooms = new Map<string, RoomEntry>();

  constructor(
    private readonly client: ChatClient,
    private readonly people: People,
    private readonly onOpen: (roomId: string) => void,
    private readonly onError: (message: string) => void,
  ) {
    const name = h('input', { placeholder: 'room name', required: true, ...byTestId('new-room-name') });
    const who = h('input', { placeholder: 'with: user id or email', required: true, ...byTestId('new-room-with') });
    const form = h(
      'form',
      {
        class: 'new-room',
        onsubmit: (e) => {
          e.preventDefault();
          void this.create(name.value, who.value).then(() => form.reset());
        },
      },
      name,
      who,
      h('button', { type: 'submit', ...byTestId('new-room-create') }, 'Create room'),
    );
    this.el.append(h('h2', {}, 'Rooms'), this.list, form);
  }

  async refresh(): Promise<void> {
    const { rooms } = await this.client.api.rooms.list({ limit: 100 });
    const seen = new Set<string>();
    for (const room of rooms) {
      seen.add(room._id);
      const entry = this.rooms.get(room._id);
      if (entry) entry.name = room.name;
      else this.rooms.set(room._id, { id: room._id, name: room.name, unread: room.unreadCount });
    }
    for (const id of this.rooms.keys()) if (!seen.has(id)) this.rooms.delete(id);
    this.render();
  }

  render(current?: string): void {
    this.list.replaceChildren(
      ...[...this.rooms.values()].map((room) =>
        h(
          'li',
          { class: room.id === current ? 'current' : undefined },
          h(
            'a',
            { href: '#', onclick: (e) => (e.preventDefault(), this.onOpen(room.id)), ...byTestId(`room-${room.name}`) },
            room.name,
            room.unread > 0 && h('span', { class: 'badge', ...byTestId(`unread-${room.name}`) }, String(room.unread)),
          ),
        ),
      ),
    );
  }

  private async create(name: string, who: string): Promise<void> {
    try {
      const userIds = await Promise.all(who.split(',').map((w) => this.people.resolve(w)));
      const { roomId } = await this.client.api.rooms.create(name, userIds);
      this.rooms.set(roomId, { id: roomId, name, unread: 0 });
      this.onOpen(roomId);
    } catch (error) {
      this.onError((error as Error).message);
    }
  }
}

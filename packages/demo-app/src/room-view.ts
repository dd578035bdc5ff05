import type { ChatClient, ChatMessage } from '@chat/client';
import { byTestId, clock, h } from './dom.ts';
import type { People } from './people.ts';

interface Line {
  id: string;
  seq: number;
  sender: string;
  text: string;
  at: string;
}

const PAGE = 30;

/** One room: its messages (older ones loaded on scrolling up), who is typing, the composer, adding people. */
export class RoomView {
  readonly el = h('section', { class: 'room' });
  private readonly title = h('h2', byTestId('room-title'));
  private readonly list = h('ol', { class: 'messages', ...byTestId('messages') });
  private readonly typingLine = h('p', { class: 'typing muted', ...byTestId('typing') });
  private readonly lines = new Map<string, Line>();
  private hasOlder = true;
  private loadingOlder = false;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private lastTypingSent = 0;

  constructor(
    private readonly client: ChatClient,
    private readonly people: People,
    readonly roomId: string,
    name: string,
    private readonly onError: (message: string) => void,
  ) {
    this.title.textContent = name;
    const person = h('input', { placeholder: 'add: user id or email', ...byTestId('add-person') });
    const addForm = h(
      'form',
      { class: 'add-person', onsubmit: (e) => (e.preventDefault(), void this.add(person.value).then((ok) => ok && addForm.reset())) },
      person,
      h('button', { type: 'submit', class: 'secondary', ...byTestId('add-person-submit') }, 'Add'),
    );
    const text = h('input', { placeholder: 'message', autocomplete: 'off', ...byTestId('composer'), oninput: () => this.typing() });
    const composer = h(
      'form',
      {
        class: 'composer',
        onsubmit: (e) => {
          e.preventDefault();
          const value = text.value.trim();
          if (!value) return;
          text.value = '';
          // Resolves once stored; the message itself arrives as the room's event, like everyone else's.
          this.client.send(this.roomId, value).catch((error: Error) => this.onError(`not sent: ${error.message}`));
        },
      },
      text,
      h('button', { type: 'submit', ...byTestId('send') }, 'Send'),
    );
    this.list.addEventListener('scroll', () => {
      if (this.list.scrollTop < 40) void this.loadOlder();
    });
    this.el.append(h('header', {}, this.title, addForm), this.list, this.typingLine, composer);
  }

  rename(name: string): void {
    this.title.textContent = name;
  }

  /** The latest page of history. */
  async load(): Promise<void> {
    const { messages } = await this.client.api.messages.list({ roomId: this.roomId, limit: PAGE });
    for (const m of messages) this.put({ id: m._id, seq: m.seq, sender: m.senderUser, text: m.message, at: m.createdAt });
    this.hasOlder = messages.length === PAGE;
    this.render(true);
  }

  /** A message event of this room (live, or caught up after a reconnect). */
  addMessage(m: ChatMessage): void {
    const atBottom = this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < 60;
    this.put({ id: m._id, seq: m.seq, sender: m.sender, text: m.content, at: m.createdAt });
    this.render(atBottom || m.sender === this.client.userId);
  }

  remove(messageId: string): void {
    this.lines.delete(messageId);
    this.render(false);
  }

  showTyping(sender: string): void {
    if (sender === this.client.userId) return;
    this.typingLine.textContent = `${this.people.nameOf(sender, () => undefined)} is typing…`;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => (this.typingLine.textContent = ''), 3000);
  }

  render(toBottom: boolean): void {
    const sorted = [...this.lines.values()].sort((a, b) => a.seq - b.seq);
    const rerender = () => this.render(false);
    this.list.replaceChildren(
      ...sorted.map((line) =>
        h(
          'li',
          { class: line.sender === this.client.userId ? 'mine' : undefined, 'data-seq': String(line.seq), ...byTestId('message') },
          h('span', { class: 'who' }, this.people.nameOf(line.sender, rerender)),
          h('span', { class: 'text' }, line.text),
          h('time', { class: 'muted' }, clock(line.at)),
        ),
      ),
    );
    if (toBottom) this.list.scrollTop = this.list.scrollHeight;
  }

  private put(line: Line): void {
    this.lines.set(line.id, line);
  }

  private async loadOlder(): Promise<void> {
    if (!this.hasOlder || this.loadingOlder || this.lines.size === 0) return;
    this.loadingOlder = true;
    try {
      const oldest = Math.min(...[...this.lines.values()].map((l) => l.seq));
      const { messages } = await this.client.api.messages.list({ roomId: this.roomId, limit: PAGE, before: oldest });
      const height = this.list.scrollHeight;
      for (const m of messages) this.put({ id: m._id, seq: m.seq, sender: m.senderUser, text: m.message, at: m.createdAt });
      this.hasOlder = messages.length === PAGE;
      this.render(false);
      // Keep the message that was at the top where it was.
      this.list.scrollTop += this.list.scrollHeight - height;
    } finally {
      this.loadingOlder = false;
    }
  }

  private typing(): void {
    if (Date.now() - this.lastTypingSent < 2000) return;
    this.lastTypingSent = Date.now();
    this.client.typing(this.roomId).catch(() => undefined);
  }

  private async add(input: string): Promise<boolean> {
    try {
      const userId = await this.people.resolve(input);
      await this.client.api.rooms.addUsers(this.roomId, [userId]);
      return true;
    } catch (error) {
      this.onError((error as Error).message);
      return false;
    }
  }
}

import { ChatError, type ChatClient } from '@chat/client';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Profile {
  _id: string;
  displayName?: string;
}

/**
 * People by user id or email. An email is looked up in the directory
 * (`GET /users?search=`, exact email match); the directory is newer than
 * the typed SDK routes the page was written against, so it is called by
 * URL, and a gateway without it says so.
 */
export class People {
  private readonly names = new Map<string, string>();
  private readonly asking = new Set<string>();

  constructor(private readonly client: ChatClient, private readonly baseUrl: string) {}

  remember(userId: string, name: string): void {
    this.names.set(userId, name);
  }

  /** A display name, or the id's first characters until the profile is known. */
  nameOf(userId: string, onKnown: () => void): string {
    if (userId === this.client.userId) return 'you';
    const known = this.names.get(userId);
    if (known) return known;
    if (!this.asking.has(userId)) {
      this.asking.add(userId);
      void this.fetch<Profile>(`/users/${userId}`)
        .then((p) => {
          if (!p?.displayName) return;
          this.names.set(userId, p.displayName);
          onKnown();
        })
        // Not visible yet (e.g. asked before sharing a room): asked again on a later render.
        .finally(() => setTimeout(() => this.asking.delete(userId), 5000));
    }
    return userId.slice(0, 8);
  }

  /** The user id of "an id or an email" typed by the user. */
  async resolve(input: string): Promise<string> {
    const value = input.trim();
    if (UUID.test(value)) return value;
    if (!value.includes('@')) throw new ChatError('INVALID_ARGUMENT', 'enter a user id or an email');
    const found = await this.fetch<{ users: Profile[] }>(`/users?search=${encodeURIComponent(value)}`);
    if (found === undefined) throw new ChatError('NOT_FOUND', 'this server has no directory: enter the user id instead');
    const user = found.users[0];
    if (!user) throw new ChatError('NOT_FOUND', `nobody with the email ${value}`);
    this.names.set(user._id, user.displayName || value);
    return user._id;
  }

  private async fetch<T>(path: string): Promise<T | undefined> {
    const token = this.client.tokens?.accessToken;
    const response = await fetch(`${this.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return response.ok ? ((await response.json()) as T) : undefined;
  }
}

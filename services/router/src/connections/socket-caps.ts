import type { ExtendedError } from 'socket.io';
import type { ChatSocket } from '../realtime/chat-socket.ts';

export interface SocketCapsConfig {
  /** Sockets one user may hold open on this router; 0: no cap. */
  maxPerUser: number;
  /** Sockets one client address may hold open on this router; 0: no cap. */
  maxPerIp: number;
}

function refusal(message: string): ExtendedError {
  const error: ExtendedError = new Error(message);
  error.data = { code: 'RESOURCE_EXHAUSTED' };
  return error;
}

/**
 * Caps on the open sockets of a user and of a client address, on this
 * router (both namespaces together): each socket holds memory and a share
 * of every room's fan-out. A handshake past a cap is refused with a
 * `connect_error` saying which cap and its variable; a socket counts from
 * its connection to its disconnection. Counted per router, in memory: a
 * count kept in Redis would outlive a router that died with its sockets.
 */
export class SocketCaps {
  private readonly users = new Map<string, number>();
  private readonly addresses = new Map<string, number>();

  constructor(private readonly config: SocketCapsConfig) {}

  /** Namespace middleware, before the token is checked: refuses an address at its cap. */
  readonly checkAddress = (socket: ChatSocket, next: (error?: ExtendedError) => void): void => {
    const { maxPerIp } = this.config;
    if (maxPerIp > 0 && (this.addresses.get(socket.handshake.address) ?? 0) >= maxPerIp) {
      return next(refusal(`too many sockets from your address: at most ${maxPerIp} (SOCKET_MAX_PER_IP); close one first`));
    }
    next();
  };

  /** Namespace middleware, once the token gave the user: refuses a user at the cap. */
  readonly checkUser = (socket: ChatSocket, next: (error?: ExtendedError) => void): void => {
    const { maxPerUser } = this.config;
    if (maxPerUser > 0 && (this.users.get(socket.data.userId) ?? 0) >= maxPerUser) {
      return next(refusal(`too many sockets for your user: at most ${maxPerUser} (SOCKET_MAX_PER_USER); close one first`));
    }
    next();
  };

  opened(socket: ChatSocket): void {
    increment(this.users, socket.data.userId);
    increment(this.addresses, socket.handshake.address);
  }

  closed(socket: ChatSocket): void {
    decrement(this.users, socket.data.userId);
    decrement(this.addresses, socket.handshake.address);
  }
}

const increment = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

function decrement(counts: Map<string, number>, key: string): void {
  const left = (counts.get(key) ?? 0) - 1;
  if (left > 0) counts.set(key, left);
  else counts.delete(key);
}

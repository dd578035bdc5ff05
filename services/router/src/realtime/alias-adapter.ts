import { Adapter, type BroadcastOptions, type Room } from 'socket.io-adapter';
import type { RedisAdapter } from '@socket.io/redis-adapter';
import type { Redis } from '@chat/common';
import type { ChatNamespace } from './chat-socket.ts';

// @socket.io/redis-adapter's request types (its wire protocol, shared with the emitter).
const REMOTE_JOIN = 2;
const REMOTE_LEAVE = 3;
const REMOTE_DISCONNECT = 4;

interface EmitterRequest {
  type: number;
  opts?: { rooms: Room[]; except: Room[] };
  rooms?: Room[];
  close?: boolean;
}

interface EmitterBroadcast {
  nsp?: string;
  [key: string]: unknown;
}

/**
 * The adapter of the `/chat/` namespace: it receives everything published
 * for `/chat`.
 *
 * socket.io-client reads the tutorial's URL `http://localhost:3001/chat/`
 * as the namespace `/chat/` (the path, trailing slash kept), and a Redis
 * adapter of its own would listen on `/chat/` channels, where chat-core's
 * emitter never publishes. So this adapter keeps its sockets and rooms in
 * memory and applies the `/chat` broadcasts and room joins/leaves from Redis
 * to them: a client on either spelling gets the same events, once.
 *
 * It listens on the subscriber connection of the `/chat` Redis adapter, whose
 * subscriptions (same channels) it relies on; both live as long as the server.
 */
export class AliasAdapter extends Adapter {
  private readonly broadcastChannel: string;
  private readonly requestChannel: string;
  private readonly sub: Redis;

  constructor(
    nsp: ChatNamespace,
    private readonly source: RedisAdapter,
    private readonly sourceNsp: string,
    key: string,
  ) {
    super(nsp);
    this.broadcastChannel = `${key}#${sourceNsp}#`;
    this.requestChannel = `${key}-request#${sourceNsp}#`;
    this.sub = source.subClient as Redis;
    this.sub.on('pmessageBuffer', this.onBroadcast);
    this.sub.on('messageBuffer', this.onRequest);
  }

  override close(): void {
    this.sub.off('pmessageBuffer', this.onBroadcast);
    this.sub.off('messageBuffer', this.onRequest);
  }

  private readonly onBroadcast = (_pattern: Buffer, channelName: Buffer, message: Buffer): void => {
    const channel = channelName.toString();
    if (!channel.startsWith(this.broadcastChannel)) return;
    // A one-room broadcast names its room in the channel: skip rooms nobody here is in without decoding.
    const room = channel.slice(this.broadcastChannel.length, -1);
    if (room !== '' && !this.rooms.has(room)) return;
    const [, packet, opts] = this.source.parser.decode(message) as [string, EmitterBroadcast | undefined, { rooms: Room[]; except: Room[]; flags?: BroadcastOptions['flags'] }];
    if (!packet || (packet.nsp ?? '/') !== this.sourceNsp) return;
    // broadcast() re-addresses the packet to this namespace before encoding it.
    this.broadcast({ ...packet }, { rooms: new Set(opts.rooms), except: new Set(opts.except), flags: opts.flags ?? {} });
  };

  private readonly onRequest = (channelName: Buffer, message: Buffer): void => {
    if (channelName.toString() !== this.requestChannel) return;
    let request: EmitterRequest;
    try {
      request = (message[0] === 0x7b ? JSON.parse(message.toString()) : this.source.parser.decode(message)) as EmitterRequest;
    } catch {
      return; // The /chat adapter ignores a malformed request too.
    }
    // Requests without opts address one socket id of another server's /chat namespace: never ours.
    if (!request.opts) return;
    const opts: BroadcastOptions = { rooms: new Set(request.opts.rooms), except: new Set(request.opts.except) };
    switch (request.type) {
      case REMOTE_JOIN:
        return this.addSockets(opts, request.rooms ?? []);
      case REMOTE_LEAVE:
        return this.delSockets(opts, request.rooms ?? []);
      case REMOTE_DISCONNECT:
        return this.disconnectSockets(opts, request.close ?? false);
      default:
        return;
    }
  };
}

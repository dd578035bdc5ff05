import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from '@chat/common';
import type { EventBus } from './event-bus.ts';
import { CHAT_NAMESPACE, roomChannel, socketIoKey, userChannel } from './realtime-channel.ts';

/** Publishes through Redis to every router's `@socket.io/redis-adapter`. */
export class RedisEventBus implements EventBus {
  private readonly emitter: Emitter;
  private readonly inflight = new Set<Promise<void>>();
  private failures = 0;

  constructor(redis: Redis, redisPrefix: string) {
    // The emitter fires PUBLISH and drops the promise: a Redis outage would
    // become an unhandled rejection and nobody could tell an event was lost.
    // It only ever calls publish, so it gets one whose outcome is tracked.
    const publisher = {
      publish: (channel: string, message: Buffer | string) => {
        const sent: Promise<void> = redis.publish(channel, message).then(
          () => undefined,
          () => void this.failures++,
        );
        this.inflight.add(sent);
        void sent.finally(() => this.inflight.delete(sent));
        return sent;
      },
    };
    this.emitter = new Emitter(publisher, { key: socketIoKey(redisPrefix) }).of(CHAT_NAMESPACE);
  }

  emitToRoom(roomId: string, event: string, payload: unknown, alsoUsers: string[] = []): void {
    // One broadcast to several channels reaches a socket in more than one of them once.
    this.emitter.to([roomChannel(roomId), ...alsoUsers.map(userChannel)]).emit(event, payload);
  }

  emitToUser(userId: string, event: string, payload: unknown): void {
    this.emitter.to(userChannel(userId)).emit(event, payload);
  }

  joinUsersTo(userIds: string[], roomId: string): void {
    this.emitter.in(userIds.map(userChannel)).socketsJoin(roomChannel(roomId));
  }

  removeUserFrom(userId: string, roomId: string): void {
    this.emitter.in(userChannel(userId)).socketsLeave(roomChannel(roomId));
  }

  closeRoom(roomId: string): void {
    this.emitter.in(roomChannel(roomId)).socketsLeave(roomChannel(roomId));
  }

  /** Rejects when a PUBLISH since the last flush failed: the caller must not mark its events published. */
  async flush(): Promise<void> {
    await Promise.all([...this.inflight]);
    const failures = this.failures;
    this.failures = 0;
    if (failures > 0) throw new Error(`${failures} publish(es) to Redis failed`);
  }
}

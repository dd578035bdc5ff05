import { DomainError, ERROR_CODES, type ErrorCode } from '@chat/common';
import type { ChatClient } from '@chat/grpc';
import type { SendMessageRequest } from '@chat/grpc/generated/chat/core/v1/SendMessageRequest.ts';
import type { SendMessageResponse__Output } from '@chat/grpc/generated/chat/core/v1/SendMessageResponse.ts';
import type { SendOutcome__Output } from '@chat/grpc/generated/chat/core/v1/SendOutcome.ts';

interface Waiting {
  request: SendMessageRequest;
  resolve(response: SendMessageResponse__Output): void;
  reject(error: unknown): void;
}

/** Most sends in one call. */
const MAX_BATCH = 256;

/**
 * The router's sends to chat-core, one `SendMessages` call for all that
 * arrived in one turn of the event loop (flushed on setImmediate: after the
 * sockets' reads of that turn, before the next): at a few messages a second
 * each call carries one, under load hundreds, where one unary call per
 * message spent more CPU in gRPC, on both sides, than the messages did
 * (docs/BENCHMARKS.md). A refusal comes back as an outcome, not a failed
 * call, so it costs no error object in gRPC either.
 *
 * Each user's sends keep their order: within a call they are in arrival
 * order, and a user has at most one call in flight; what they send
 * meanwhile waits for its answer and goes in the next call. Calls on one
 * connection do not reach chat-core's handlers in the order they were
 * made: a large one waits for HTTP/2 flow control while a small one
 * passes it, and at 2,000 msg/s the bench saw a socket's later message
 * stored before its earlier one (docs/BENCHMARKS.md).
 */
export class SendBatcher {
  /** Per user, in arrival order, the sends not yet in a call. */
  private waiting = new Map<string, Waiting[]>();
  /** Users with a call in flight. */
  private readonly busy = new Set<string>();
  private scheduled = false;

  constructor(private readonly client: Pick<ChatClient, 'SendMessages'>) {}

  send(request: SendMessageRequest): Promise<SendMessageResponse__Output> {
    return new Promise((resolve, reject) => {
      const user = request.user_id ?? '';
      const queue = this.waiting.get(user);
      if (queue) queue.push({ request, resolve, reject });
      else this.waiting.set(user, [{ request, resolve, reject }]);
      if (!this.busy.has(user)) this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    let batch: Waiting[] = [];
    let users: string[] = [];
    for (const [user, queue] of this.waiting) {
      if (this.busy.has(user)) continue;
      this.waiting.delete(user);
      this.busy.add(user);
      users.push(user);
      batch.push(...queue);
      if (batch.length >= MAX_BATCH) {
        void this.call(batch, users);
        batch = [];
        users = [];
      }
    }
    if (batch.length > 0) void this.call(batch, users);
  }

  private async call(batch: Waiting[], users: string[]): Promise<void> {
    try {
      await this.answer(batch);
    } finally {
      for (const user of users) this.busy.delete(user);
      if (users.some((user) => this.waiting.has(user))) this.schedule();
    }
  }

  private async answer(batch: Waiting[]): Promise<void> {
    let outcomes: SendOutcome__Output[];
    try {
      ({ outcomes } = await this.client.SendMessages({ messages: batch.map((w) => w.request) }));
    } catch (error) {
      // The whole call failed (chat-core unreachable, no answer in time): each send shares its fate.
      for (const w of batch) w.reject(error);
      return;
    }
    batch.forEach((w, i) => {
      const outcome = outcomes[i];
      if (outcome?.sent) return w.resolve(outcome.sent);
      if (outcome?.error) return w.reject(toDomainError(outcome.error.code, outcome.error.message, outcome.error.retry_after));
      w.reject(new Error(`chat-core answered ${outcomes.length} outcomes for ${batch.length} sends`));
    });
  }
}

function toDomainError(code: string, message: string, retryAfter: number): DomainError {
  const known = (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'INTERNAL';
  return new DomainError(known, message, retryAfter > 0 ? retryAfter : undefined);
}

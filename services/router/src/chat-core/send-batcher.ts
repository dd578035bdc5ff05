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
 * call, so it costs no error object in gRPC either. Sends keep their order:
 * within a call, and calls go out in order on one connection.
 */
export class SendBatcher {
  private waiting: Waiting[] = [];
  private scheduled = false;

  constructor(private readonly client: Pick<ChatClient, 'SendMessages'>) {}

  send(request: SendMessageRequest): Promise<SendMessageResponse__Output> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const all = this.waiting;
    this.waiting = [];
    for (let i = 0; i < all.length; i += MAX_BATCH) void this.call(all.slice(i, i + MAX_BATCH));
  }

  private async call(batch: Waiting[]): Promise<void> {
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

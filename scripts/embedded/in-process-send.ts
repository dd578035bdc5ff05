import { messagePayload, type MessagesService } from '@chat/chat-core';
import type { SendInput, SendResult } from '@chat/router';

/**
 * Single-node mode's message path (docs/ARCHITECTURE.md, "Single-node
 * mode"): the router hands each send to chat-core's append queue in this
 * process, as the SendMessages rpc would, and reads the answer in the socket
 * contract's shape, built by the same payload builders as the broadcast.
 * Over loopback gRPC each send cost two more socket writes and reads, HTTP/2
 * and protobuf on both ends, all on the one event loop (docs/BENCHMARKS.md).
 * `deadlineMs`: how long the sender waits, as the router's gRPC deadline.
 * Typing signals, live only and no part of the hot path, keep the loopback call.
 */
export function inProcessSend(messages: MessagesService, deadlineMs: number): (input: SendInput) => Promise<SendResult> {
  return async (input) => {
    const result = await messages.send(input, Date.now() + deadlineMs);
    return { message: messagePayload(result.message), duplicate: result.duplicate };
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { startTracing } from '@chat/common';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { connect, type TestSocket } from '@chat/testing/router/test-sockets.ts';
import { startStack, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';

/**
 * Traces through the real services (real gRPC, Socket.IO, HTTP, Postgres
 * and Redis): the SDK is started in this process with an in-memory
 * exporter before the stack, as OTEL_EXPORTER_OTLP_ENDPOINT would start it
 * with an OTLP one, and every service of the in-process stack uses it.
 */
const exporter = new InMemorySpanExporter();
let tracing: { stop(): Promise<void> };
let env: TestEnv;
let stack: Stack;
let ann: LoggedInUser;
let ben: LoggedInUser;
let roomId: string;
let socket: TestSocket | undefined;

beforeAll(async () => {
  tracing = await startTracing({ serviceName: 'tracing-test', exporter });
  env = await createTestEnv();
  stack = await startStack(env);
  [ann, ben] = (await Promise.all(['ann', 'ben'].map((n) => stack.registerAndLogin(`${n}@tracing.test`)))) as [LoggedInUser, LoggedInUser];
  roomId = (await stack.chatClient.CreateRoom({ user_id: ann.userId, name: 'traced', user_ids: [ben.userId] })).id;
}, 180_000);

afterAll(async () => {
  socket?.close();
  await stack?.close();
  await env?.cleanup();
  await tracing?.stop();
});

const scope = (s: ReadableSpan) => s.instrumentationScope.name;
const traceOf = (s: ReadableSpan) => s.spanContext().traceId;
const spansOf = (traceId: string) => exporter.getFinishedSpans().filter((s) => traceOf(s) === traceId);
const linkedTo = (traceId: string) => exporter.getFinishedSpans().filter((s) => s.links.some((l) => l.context.traceId === traceId));

describe('traces', () => {
  it('one socket message makes one trace: the router, the gRPC call, chat-core and the router that emits it', async () => {
    socket = await connect(stack.routerUrls[0]!, { authorization: `Bearer ${ann.accessToken}` });
    const sent = await socket.request<{ _id: string }>('message', roomId, 'traced hello');
    await socket.waitForEvents('message', 1, (m) => m._id === sent._id);
    const root = await waitFor('the root span', () => exporter.getFinishedSpans().find((s) => s.name === 'socket message' && scope(s) === 'router'));
    const traceId = traceOf(root!);
    const inTrace = await waitFor('the emit span', () => {
      const spans = spansOf(traceId);
      return spans.some((s) => scope(s) === 'router' && s.name === 'emit') ? spans : undefined;
    });
    const names = inTrace!.map((s) => `${scope(s)} ${s.name}`);
    expect(names).toEqual(expect.arrayContaining(['router socket message', 'chat-core send message', 'router emit']));
    expect(inTrace!.find((s) => s.name === 'send message')!.parentSpanContext?.spanId).toBe(root!.spanContext().spanId);
    // The batch's SQL statement and its PUBLISH serve many messages: linked to this one's trace, not in it.
    const linked = linkedTo(traceId).map((s) => `${scope(s)} ${s.name}`);
    expect(linked).toEqual(expect.arrayContaining(['chat-core append batch', 'chat-core publish']));
  });

  it('one HTTP request makes one trace: the gateway, its gRPC call, chat-core and the router that emits its event', async () => {
    const answer = await fetch(`${stack.gatewayUrl}/chat/rooms`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ann.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ roomName: 'over http', users: [ben.userId] }),
    });
    expect(answer.status).toBe(200);
    const root = await waitFor('the root span', () => exporter.getFinishedSpans().find((s) => scope(s) === 'gateway' && s.name === 'POST /chat/rooms'));
    const traceId = traceOf(root!);
    const spans = await waitFor('chat-core\'s span', () => {
      const all = spansOf(traceId);
      return all.some((s) => s.kind === SpanKind.SERVER && s.name === '/chat.core.v1.ChatCore/CreateRoom') ? all : undefined;
    });
    expect(spans!.some((s) => s.kind === SpanKind.CLIENT && s.name === '/chat.core.v1.ChatCore/CreateRoom')).toBe(true);
    // ann's socket (the test before) hears of the new room: the router's emit of room-joined ends the same trace.
    await waitFor('the router\'s emit', () => spansOf(traceId).find((s) => scope(s) === 'router' && s.name === 'emit' && s.attributes['chat.event'] === 'room-joined'));
  });

  it('carries a caller\'s traceparent header into the gateway\'s trace', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    await fetch(`${stack.gatewayUrl}/chat/rooms`, { headers: { authorization: `Bearer ${ann.accessToken}`, traceparent: `00-${traceId}-00f067aa0ba902b7-01` } });
    const spans = await waitFor('the caller\'s trace', () => (spansOf(traceId).some((s) => s.kind === SpanKind.SERVER && scope(s) === 'grpc') ? spansOf(traceId) : undefined));
    expect(spans!.some((s) => scope(s) === 'gateway')).toBe(true);
  });
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { connect, connectRefused, settle, type TestSocket } from '@chat/testing/router/test-sockets.ts';
import { startStack, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';
import { snapshot } from './support/db-snapshot.ts';
import { anyJson, hostileString, longString } from './support/hostile.ts';

/**
 * Every client event of the router (and events it does not know), fed
 * generated invalid arguments: wrong arity, wrong types, binary, huge
 * payloads, with and without an ack callback. Each must be answered with an
 * error (the ack's `{error: {code, message}}` and a `conduit_error`), the
 * connection must stay up, and nothing may be stored or broadcast.
 */

const RUNS_PER_EVENT = Number(process.env.BAD_INPUT_RUNS ?? 150);
/** The router's default SOCKET_MAX_BUFFER_BYTES: a bigger packet closes the connection, by engine.io's rule (tested apart). */
const MAX_PACKET_BYTES = 128 * 1024;
const CLIENT_ERRORS = ['INVALID_ARGUMENT', 'NOT_FOUND', 'UNAUTHENTICATED', 'PERMISSION_DENIED', 'ALREADY_EXISTS', 'RESOURCE_EXHAUSTED'];
const KNOWN_EVENTS = ['message', 'typing', 'messagesRead', 'sync', 'authenticate'];
// socket.io-client refuses to emit these itself, and the server's parser refuses them from anyone else.
const RESERVED = ['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener'];

let env: TestEnv;
let stack: Stack;
let ann: LoggedInUser;
let ben: LoggedInUser;
let cat: LoggedInUser;
let annRoom: string;
let catRoom: string;
let annSocket: TestSocket;
let benSocket: TestSocket;
let disconnects = 0;
let casesTried = 0;

beforeAll(async () => {
  env = await createTestEnv();
  // Every event here must reach its argument checks: the event rate limit (its own test, socket-limits.int.test.ts) is off.
  stack = await startStack(env, { routers: 2, env: { SOCKET_EVENT_RATE_LIMIT: '0' } });
  [ann, ben, cat] = (await Promise.all(['ann', 'ben', 'cat'].map((n) => stack.registerAndLogin(`${n}@bad-socket.test`)))) as [LoggedInUser, LoggedInUser, LoggedInUser];
  annRoom = (await stack.chatClient.CreateRoom({ user_id: ann.userId, name: 'ann and ben', user_ids: [ben.userId] })).id;
  catRoom = (await stack.chatClient.CreateRoom({ user_id: cat.userId, name: "cat's", user_ids: [ben.userId] })).id;
  annSocket = await connect(stack.routerUrls[0]!, { authorization: `Bearer ${ann.accessToken}` });
  annSocket.socket.on('disconnect', () => disconnects++);
  benSocket = await connect(stack.routerUrls[1]!, { namespace: '/chat/', authorization: `Bearer ${ben.accessToken}` });
}, 180_000);

afterAll(async () => {
  console.log(`bad input over Socket.IO: ${casesTried} generated events`);
  annSocket?.close();
  benSocket?.close();
  await stack?.close();
  await env?.cleanup();
});

// ── Arguments ────────────────────────────────────────────────────────────────

const binary = fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes));
const huge = fc.oneof(longString(20_000, 50_000), fc.constant(Buffer.alloc(100_000, 0xff)));

/** About what the packet weighs on the wire (JSON escapes included; buffers go as they are). */
const wireBytes = (args: unknown[]): number =>
  Buffer.byteLength(JSON.stringify(args, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.length : v)) ?? '') +
  args.flatMap((a) => (Buffer.isBuffer(a) ? [a.length] : [])).reduce((x, y) => x + y, 0);
/** Anything a client can put in an argument: JSON of any shape, binary, huge strings and buffers. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anyJson },
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: binary },
  { weight: 1, arbitrary: fc.record({ content: binary, nested: fc.array(binary, { maxLength: 2 }) }) },
  { weight: 1, arbitrary: huge },
);
/** A room id that is not the caller's: not an id, an unknown id, someone else's room. */
const notMyRoom = fc.oneof(junk, fc.uuid(), fc.constant('__CAT_ROOM__'));
const resolve = (args: unknown[]): unknown[] => args.map((a) => (a === '__CAT_ROOM__' ? catRoom : a === '__ANN_ROOM__' ? annRoom : a));
const MY_ROOM = '__ANN_ROOM__';

const CONTENT_TYPES = ['text', 'file', 'multimedia', 'typing', 'system'];
/** A second `message` argument chat-core refuses even in the caller's own room. */
const invalidMessage: fc.Arbitrary<unknown> = fc.oneof(
  junk.filter((m) => typeof m !== 'string' && (typeof m !== 'object' || m === null || Array.isArray(m) || Buffer.isBuffer(m))),
  fc.constantFrom('', 'a\u0000b'),
  longString(10_001, 60_000),
  fc.record({ content: junk.filter((c) => typeof c !== 'string') }),
  fc.record({ content: fc.constantFrom('', '\u0000') }),
  fc.record({ content: fc.constant('hi'), contentType: hostileString.filter((t) => t !== '' && !CONTENT_TYPES.includes(t)) }),
  fc.record({ content: fc.constant('hi'), contentType: fc.oneof(fc.integer(), fc.boolean(), binary, fc.array(fc.constant('text'))) }),
  fc.record({
    content: fc.constant('hi'),
    files: fc.oneof(
      hostileString,
      fc.integer(),
      fc.array(fc.oneof(fc.integer(), fc.constant(null), binary, fc.constant({})), { minLength: 1, maxLength: 3 }),
      fc.constant(Array.from({ length: 21 }, (_, i) => `file-${i}`)),
      fc.constant(['']),
      fc.constant(['f'.repeat(2049)]),
    ),
  }),
  fc.record({ content: fc.constant('hi'), nonce: fc.oneof(fc.integer(), fc.boolean(), binary, fc.constant({}), fc.constant('n'.repeat(129))) }),
);

/** Each event's invalid argument lists. */
const INVALID_ARGS: Record<string, fc.Arbitrary<unknown[]>> = {
  message: fc.oneof(
    fc.array(junk, { maxLength: 4 }).filter((a) => a.length !== 2),
    fc.tuple(notMyRoom, fc.oneof(fc.constant('hello'), junk)),
    fc.tuple(fc.constant(MY_ROOM), invalidMessage),
    fc.tuple(fc.constant(MY_ROOM), fc.constant('hello'), junk),
  ),
  typing: fc.oneof(
    fc.constant<unknown[]>([]),
    fc.tuple(notMyRoom),
    fc.tuple(notMyRoom, hostileString),
    fc.tuple(fc.constant(MY_ROOM), junk.filter((c) => typeof c !== 'string' && c !== undefined && c !== null)),
    fc.tuple(fc.constant(MY_ROOM), fc.constantFrom('', 'a\u0000')),
    fc.tuple(fc.constant(MY_ROOM), fc.constant('typing'), junk),
  ),
  messagesRead: fc.oneof(fc.constant<unknown[]>([]), fc.tuple(notMyRoom), fc.tuple(fc.constant(MY_ROOM), junk), fc.array(junk, { minLength: 3, maxLength: 4 })),
  sync: fc.oneof(
    fc.constant<unknown[]>([]),
    fc.tuple(notMyRoom),
    fc.tuple(notMyRoom, fc.nat()),
    fc.tuple(fc.record({ roomId: notMyRoom, since: fc.nat() })),
    fc.tuple(fc.constant(MY_ROOM), junk.filter((s) => s !== null && s !== undefined && !(typeof s === 'number' && Number.isSafeInteger(s) && s >= 0) && !(typeof s === 'string' && /^\d+$/.test(s) && Number.isSafeInteger(Number(s))))),
    fc.tuple(fc.constant(MY_ROOM), fc.constantFrom(-1, 1.5, Number.MAX_SAFE_INTEGER + 2, '99999999999999999999', '-1', 'NaN')),
    fc.tuple(fc.constant(MY_ROOM), fc.nat(), junk),
  ),
  authenticate: fc.oneof(fc.constant<unknown[]>([]), fc.tuple(junk), fc.tuple(fc.constantFrom('', 'Bearer', 'Bearer ""', 'null', `Bearer ${'a'.repeat(5000)}`))),
};

const unknownEvent = fc
  .oneof(hostileString, fc.constantFrom('mesage', 'Message', 'MESSAGE', 'room-joined', 'conduit_error', '__proto__', 'constructor', 'toString'), longString(1000, 5000))
  .filter((name) => name !== '' && !KNOWN_EVENTS.includes(name) && !RESERVED.includes(name));

// ── Emitting and judging ─────────────────────────────────────────────────────

interface SocketFailure {
  code: string;
  message: string;
}

function describeArgs(event: string, args: unknown[]): string {
  const text = JSON.stringify([event, ...args], (_k, v: unknown) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}… (${v.length} chars)` : v));
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

function assertFailure(what: string, failure: unknown): SocketFailure {
  const f = failure as Partial<SocketFailure> | undefined;
  if (!f || typeof f.code !== 'string' || !CLIENT_ERRORS.includes(f.code) || typeof f.message !== 'string' || f.message === '') {
    throw new Error(`${what}: expected an error {code, message} with a client error code, got ${JSON.stringify(failure)?.slice(0, 300)}`);
  }
  return f as SocketFailure;
}

/** Emits once with an ack or without; resolves with the error the client was told, or throws saying what it got instead. */
async function emitExpectingError(event: string, args: unknown[], withAck: boolean): Promise<void> {
  const what = `${describeArgs(event, args)} ${withAck ? 'with' : 'without'} ack`;
  const errorsBefore = annSocket.payloads('conduit_error').length;
  if (withAck) {
    const answer = (await annSocket.socket.timeout(10_000).emitWithAck(event, ...args).catch((error: Error) => {
      throw new Error(`${what}: no ack (${error.message})`);
    })) as { error?: unknown };
    const failure = assertFailure(what, answer?.error);
    const [conduitError] = await annSocket.waitForEvents('conduit_error', errorsBefore + 1, undefined, 10_000).then((all) => all.slice(errorsBefore));
    expect(conduitError, what).toEqual(failure);
  } else {
    annSocket.socket.emit(event, ...args);
    const all = await annSocket.waitForEvents('conduit_error', errorsBefore + 1, undefined, 10_000).catch(() => {
      throw new Error(`${what}: no conduit_error`);
    });
    assertFailure(what, all[errorsBefore]);
  }
  if (!annSocket.socket.connected || disconnects > 0) throw new Error(`${what}: the connection dropped`);
}

async function checkEvent(event: fc.Arbitrary<string>, args: fc.Arbitrary<unknown[]>, numRuns = RUNS_PER_EVENT): Promise<string | undefined> {
  const details = await fc.check(
    fc.asyncProperty(event, args.filter((a) => wireBytes(a) < MAX_PACKET_BYTES * 0.8), fc.boolean(), async (name, raw, withAck) => {
      casesTried++;
      await emitExpectingError(name, resolve(raw), withAck);
    }),
    { numRuns },
  );
  if (!details.failed) return undefined;
  return `seed ${details.seed}: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`;
}

describe('every socket event refuses invalid and hostile arguments', () => {
  it('answers each event with an error ack and conduit_error, keeps the connection, and stores and broadcasts nothing', async () => {
    const before = await snapshot(env.databaseUrl);
    const benMessagesBefore = benSocket.received.length;
    const failures: string[] = [];
    for (const [event, args] of Object.entries(INVALID_ARGS)) {
      const failure = await checkEvent(fc.constant(event), args);
      if (failure) failures.push(`${event} (${failure})`);
    }
    const unknown = await checkEvent(unknownEvent, fc.array(junk, { maxLength: 3 }), 100);
    if (unknown) failures.push(`an unknown event (${unknown})`);
    expect(failures).toEqual([]);

    await settle();
    expect(await snapshot(env.databaseUrl)).toEqual(before);
    // Ben is in Ann's room: had anything been relayed there, he would have it. Presence updates (Ann's
    // sockets coming and going) are the router's own news, not anything a bad event carried.
    expect(benSocket.received.slice(benMessagesBefore).filter((r) => r.event !== 'presence')).toEqual([]);
  }, 240_000);

  it('still delivers a valid message afterwards, on the same connection', async () => {
    expect(disconnects).toBe(0);
    // The burst above may have used up this second's SOCKET_MESSAGE_RATE_LIMIT (a refusal it accepted): start a new one.
    await new Promise((r) => setTimeout(r, 1100));
    const sent = await annSocket.request<{ _id: string; seq: number }>('message', annRoom, 'still here');
    expect(sent).toMatchObject({ content: 'still here', room: annRoom, sender: ann.userId });
    const [received] = await benSocket.waitForEvents('message', 1, (m) => m._id === sent._id);
    expect(received).toMatchObject({ content: 'still here', seq: sent.seq });
  });
});

describe('limits and hostile connections', () => {
  it('closes only the connection that sends more than SOCKET_MAX_BUFFER_BYTES, storing nothing', async () => {
    const before = await snapshot(env.databaseUrl);
    const greedy = await connect(stack.routerUrls[0]!, { authorization: `Bearer ${ann.accessToken}` });
    const closed = new Promise<string>((resolve) => greedy.socket.once('disconnect', resolve));
    greedy.socket.emit('message', annRoom, 'x'.repeat(MAX_PACKET_BYTES + 1));
    expect(await closed).toBe('transport close');
    expect(await snapshot(env.databaseUrl)).toEqual(before);
    expect(annSocket.socket.connected).toBe(true);
    expect(await annSocket.request('messagesRead', annRoom)).toMatchObject({ room: annRoom });
  });

  it('refuses any handshake token that is not a valid access token', async () => {
    const details = await fc.check(
      fc.asyncProperty(fc.oneof(hostileString, fc.constantFrom(ann.refreshToken, `${ann.accessToken}x`, ann.accessToken.split('.').slice(0, 2).join('.'))), fc.boolean(), async (token, asHeader) => {
        casesTried++;
        // A header cannot carry control characters at all; those go as auth.token.
        const header = asHeader && /^[\x21-\x7e ]*$/.test(token);
        const refusal = await connectRefused(stack.routerUrls[0]!, header ? { authorization: `Bearer ${token}` } : { authToken: token });
        expect(refusal.data?.code, `token ${JSON.stringify(token).slice(0, 80)}`).toBe('UNAUTHENTICATED');
      }),
      { numRuns: 60 },
    );
    expect(details.failed ? String(details.errorInstance) : undefined).toBeUndefined();
  });

  it('answers an ack for an unknown event, so a misspelt event is not a silent hang', async () => {
    expect(await annSocket.request('mesage', annRoom, 'hello')).toEqual({
      error: { code: 'INVALID_ARGUMENT', message: 'unknown event "mesage": the events are message, typing, messagesRead, sync, authenticate' },
    });
  });
});

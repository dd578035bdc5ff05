// The load generator: real socket.io-client sockets in a process of their own
// (forked by bench/run.ts, driven over IPC), so the servers and the clients
// never share an event loop. The same code drives ours and the baseline; only
// the handshake (a token, or rooms in the query) and the order key differ.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import type { ConnectResult, HarnessCommand, HarnessReply, RoomPlan, SocketSpec, StepResult, Target } from './harness-protocol.ts';
import { Round, type AckAnswer, type Delivery } from './round.ts';

interface Client {
  /** Unset when this socket failed to connect: indices must stay those of the runner's specs. */
  socket?: Socket;
  index: number;
}

const runTag = randomBytes(4).toString('hex');
let target: Target = 'ours';
let clients: Client[] = [];
/** Last order seen per socket and room (ours) or room and sender (baseline); survives rounds. */
let lastOrder = new Map<string, number>();
/** Per sender and room: the baseline's order, since the bare relay has no seq. */
const counters = new Map<string, number>();
let round: Round | undefined;
let socketErrors = 0;
let conduitErrors = 0;
/** Unexpected disconnects since the step began, by socket.io's reason. */
let disconnectReasons: Record<string, number> = {};
let nextNonce = 0;

function reply(message: HarnessReply): void {
  process.send!(message);
}

/** What a delivered `message` event says, whichever server sent it. */
function toDelivery(payload: unknown): Delivery | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const p = payload as { nonce?: unknown; room?: unknown; seq?: unknown; content?: unknown };
  if (typeof p.nonce !== 'string' || typeof p.room !== 'string') return undefined;
  if (target === 'ours') {
    const seq = Number(p.seq);
    return { nonce: p.nonce, room: p.room, order: seq, orderKey: p.room, seq };
  }
  // The baseline's order is the sender's counter, carried in the content (see send()).
  const match = /s=(\d+) c=(\d+)/.exec(String(p.content));
  if (!match) return undefined;
  return { nonce: p.nonce, room: p.room, order: Number(match[2]), orderKey: `${p.room}|${match[1]}`, seq: undefined };
}

/** An ack is the stored message, or `{ error: { code, message, retryAfter? } }` (or, from older routers, the error itself). */
function readAck(args: unknown[]): AckAnswer {
  const [first, second] = args;
  const body = first == null && args.length > 1 ? second : first;
  if (typeof body !== 'object' || body === null) return { kind: 'error', code: 'BAD_ACK', detail: JSON.stringify(args).slice(0, 120) };
  const b = body as { error?: unknown; code?: unknown; message?: unknown; seq?: unknown };
  const error = b.error !== undefined ? b.error : b.code !== undefined && b.seq === undefined ? b : undefined;
  if (error === undefined) return b.seq === undefined ? { kind: 'stored' } : { kind: 'stored', seq: Number(b.seq) };
  if (typeof error !== 'object' || error === null) return { kind: 'error', code: 'BAD_ACK', detail: JSON.stringify(error).slice(0, 200) };
  const e = error as { code?: unknown; message?: unknown; retryAfter?: unknown };
  const code = typeof e.code === 'string' ? e.code : 'BAD_ACK';
  const detail = typeof e.message === 'string' ? e.message.slice(0, 200) : JSON.stringify(error).slice(0, 200);
  return typeof e.retryAfter === 'number' ? { kind: 'error', code, detail, retryAfter: e.retryAfter } : { kind: 'error', code, detail };
}

function openSocket(spec: SocketSpec, path: string, timeoutMs: number): Promise<Socket> {
  const socket = io(`${spec.url}/chat`, {
    path,
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: timeoutMs,
    ...(target === 'ours'
      ? { extraHeaders: { Authorization: `Bearer ${spec.token ?? ''}` } }
      : { query: { rooms: spec.rooms.join(',') } }),
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

function attach(client: Required<Client>): void {
  client.socket.on('message', (payload: unknown) => {
    const at = performance.now();
    const delivery = toDelivery(payload);
    if (delivery && round) round.onDelivery(client.index, delivery, at);
  });
  // Every ack error is also a conduit_error: counted apart, so a refusal is one error, not two.
  client.socket.on('conduit_error', () => {
    conduitErrors++;
  });
  client.socket.on('disconnect', (reason) => {
    if (reason === 'io client disconnect') return;
    socketErrors++;
    disconnectReasons[reason] = (disconnectReasons[reason] ?? 0) + 1;
    round?.errorExample(`socket ${client.index} disconnected: ${reason}`);
  });
}

async function connect(command: Extract<HarnessCommand, { type: 'connect' }>): Promise<ConnectResult> {
  target = command.target;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const errors: string[] = [];
  let connected = 0;
  let failed = 0;
  let next = 0;
  const base = clients.length;
  const opened: Client[] = new Array(command.sockets.length);
  // A bounded number of handshakes in flight, as a crowd of clients would arrive.
  const worker = async () => {
    while (next < command.sockets.length) {
      const i = next++;
      try {
        const client = { socket: await openSocket(command.sockets[i]!, command.path, command.timeoutMs), index: base + i };
        attach(client);
        opened[i] = client;
        connected++;
      } catch (error) {
        failed++;
        if (errors.length < 5) errors.push((error as Error).message);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, command.concurrency) }, worker));
  clients = clients.concat(Array.from(opened, (c, i) => c ?? { index: base + i }));
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const harnessCpu = Math.round(((cpu.user + cpu.system) / 1000 / ms) * 100);
  return { open: clients.filter((c) => c.socket).length, connected, failed, ms: Math.round(ms), harnessCpu, errors };
}

function send(r: Round, room: RoomPlan, sender: number, ackTimeoutMs: number): void {
  const client = clients[sender];
  if (!client?.socket) {
    r.unsent++;
    return;
  }
  const nonce = `${runTag}-${++nextNonce}`;
  const counterKey = `${sender}|${room.id}`;
  const counter = (counters.get(counterKey) ?? 0) + 1;
  counters.set(counterKey, counter);
  const sentAt = performance.now();
  r.onSend(nonce, room.id, sender, room.members, sentAt);
  // The send time and the sender's counter travel in the content (the baseline's order key).
  emit(r, client.socket, room.id, { content: `t=${sentAt.toFixed(3)} s=${sender} c=${counter}`, nonce }, ackTimeoutMs);
}

/** One attempt; an unknown outcome is sent again, same nonce and content, after the wait the round asks for. */
function emit(r: Round, socket: Socket, roomId: string, body: { content: string; nonce: string }, ackTimeoutMs: number): void {
  socket.timeout(ackTimeoutMs).emit('message', roomId, body, (err: Error | null, ...args: unknown[]) => {
    const resendAfter = r.onAck(body.nonce, performance.now(), err ? { kind: 'timeout' } : readAck(args));
    if (resendAfter === undefined) return;
    setTimeout(() => {
      if (r.isResolving(body.nonce) && socket.connected) emit(r, socket, roomId, body, ackTimeoutMs);
    }, resendAfter);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the round is settled, for at most `ms`, and (given `quietMs`)
 * only while answers or deliveries keep coming: a server still working through
 * a backlog shows as latency, not as loss, and a silent one ends the wait.
 */
async function drain(r: Round, ms: number, quietMs = ms): Promise<void> {
  const until = performance.now() + ms;
  let progress = r.progress();
  let lastProgressAt = performance.now();
  while (!r.settled() && performance.now() < until && performance.now() - lastProgressAt < quietMs) {
    await sleep(20);
    if (r.progress() !== progress) {
      progress = r.progress();
      lastProgressAt = performance.now();
    }
  }
}

/** One message per room until every member has received one: the server has joined every socket. */
async function warmup(rooms: RoomPlan[], timeoutMs: number): Promise<{ unconfirmed: number; ms: number }> {
  const started = performance.now();
  let pending = rooms;
  while (pending.length > 0 && performance.now() - started < timeoutMs) {
    const r = new Round(target, lastOrder);
    round = r;
    for (const room of pending) send(r, room, room.senders[0]!, 5000);
    // While probes still come back, wait for them rather than adding new ones to a backlog.
    await drain(r, 5000, 1000);
    r.finish();
    const confirmed = new Set<string>();
    for (const [room] of r.ackedMessages()) confirmed.add(room);
    // A room is warm when its probe was acknowledged and reached every member.
    pending = pending.filter((room) => !confirmed.has(room.id) || [...r.messages.values()].some((m) => m.room === room.id && m.got.includes(0)));
  }
  round = undefined;
  return { unconfirmed: pending.length, ms: Math.round(performance.now() - started) };
}

async function step(command: Extract<HarnessCommand, { type: 'step' }>): Promise<StepResult> {
  const r = new Round(target, lastOrder);
  round = r;
  const errorsBefore = socketErrors;
  const conduitBefore = conduitErrors;
  disconnectReasons = {};
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let k = 0;
  await new Promise<void>((resolve) => {
    // Due sends are computed from the clock, so a late timer catches up instead of lowering the rate.
    const timer = setInterval(() => {
      const elapsed = performance.now() - started;
      const due = Math.floor((command.rate * Math.min(elapsed, command.durationMs)) / 1000);
      for (; k < due; k++) {
        const room = command.rooms[k % command.rooms.length]!;
        const sender = room.senders[Math.floor(k / command.rooms.length) % room.senders.length]!;
        send(r, room, sender, command.ackTimeoutMs);
      }
      if (elapsed >= command.durationMs) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  const sendingMs = performance.now() - started;
  await drain(r, command.drainMs, command.quietMs);
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const { latency, ackLatency, integrity, answers } = r.finish();
  round = undefined;
  const seconds = sendingMs / 1000;
  return {
    label: command.label,
    target,
    rate: command.rate,
    durationMs: Math.round(sendingMs),
    sent: r.sent,
    acked: r.acked,
    answers,
    conduitErrors: conduitErrors - conduitBefore,
    socketErrors: socketErrors - errorsBefore,
    disconnectReasons,
    errorExamples: r.errorExamples,
    strays: r.strays,
    ackPerSecond: Math.round(r.acked / seconds),
    deliveries: r.deliveries,
    deliveriesPerSecond: Math.round(r.deliveries / seconds),
    latency,
    ackLatency,
    integrity,
    harnessCpu: Math.round(((cpu.user + cpu.system) / 1000 / wallMs) * 100),
    ackedMessages: target === 'ours' ? r.ackedMessages() : [],
    refusedMessages: target === 'ours' ? r.refusedMessages() : [],
    unsettledMessages: target === 'ours' ? r.unsettledMessages() : [],
  };
}

function disconnect(): void {
  for (const c of clients) c.socket?.close();
  clients = [];
  lastOrder = new Map();
  counters.clear();
}

async function handle(command: HarnessCommand): Promise<void> {
  switch (command.type) {
    case 'connect':
      return reply({ type: 'connected', result: await connect(command) });
    case 'warmup': {
      const { unconfirmed, ms } = await warmup(command.rooms, command.timeoutMs);
      return reply({ type: 'warmed', rooms: command.rooms.length, unconfirmed, ms });
    }
    case 'step':
      return reply({ type: 'step-result', result: await step(command) });
    case 'disconnect':
      disconnect();
      return reply({ type: 'disconnected' });
    case 'exit':
      disconnect();
      process.exit(0);
  }
}

if (!process.send) {
  console.error('client-harness is started by bench/run.ts (it needs an IPC channel)');
  process.exit(2);
}
// Commands run one at a time, in the order they came.
let queue = Promise.resolve();
process.on('message', (command: HarnessCommand) => {
  queue = queue.then(() => handle(command)).catch((error: unknown) => reply({ type: 'failed', message: String((error as Error)?.stack ?? error) }));
});
process.on('disconnect', () => process.exit(0));
reply({ type: 'ready' });

import { parseArgs } from 'node:util';
import { customShape, namedShape, PHASES, SHAPE_NAMES, type Phase, type Shape } from './shapes.ts';

export const SCENARIOS = ['fanout', 'connections', 'http', 'webhooks', 'presence'] as const;
export type Scenario = (typeof SCENARIOS)[number];
/** What `all` (the default) runs; webhooks and presence (bench/scenarios/) run when named. */
const ALL_SCENARIOS: Scenario[] = ['fanout', 'connections', 'http'];

export interface BenchOptions {
  quick: boolean;
  scenarios: Scenario[];
  /** Seconds each fan-out ladder step (and the light-load point) sends for. */
  duration: number;
  /** The fan-out's room shapes, in the order they run. */
  shapes: Shape[];
  /** Steps each shape runs after its ladder. */
  phases: Phase[];
  /** The idle-socket scenario's world (and a custom shape's): rooms of members, over users. */
  rooms: number;
  members: number;
  users: number;
  routers: number;
  /** chat-core processes; router i calls chat-core i mod N, the gateway the first. */
  chatCores: number;
  /** Idle authenticated sockets, cumulative steps. */
  connections: number[];
  historyMessages: number;
  /** Seconds of each HTTP load run. */
  httpDuration: number;
  portBase: number;
  keepDatabase: boolean;
  /** Embedded mode, as `pnpm start` runs with nothing configured: embedded Postgres and one process without Redis. */
  embedded: boolean;
  /** Directory for node's --cpu-prof profiles of the services (undefined: no profiling). */
  cpuProfDir: string | undefined;
  /** The first --rate given (the webhooks scenario's one rate), if any. */
  rate: number | undefined;
  /** Webhooks scenario: how long the slow endpoint takes to answer. */
  hookDelayMs: number;
  /** Presence scenario: sockets dropped and reconnected at once, and the users behind them. */
  stormSockets: number;
  stormUsers: number;
}

/** A fan-out step is sustained when its delivery p99 is within this and nothing was refused or failed. */
export const P99_LIMIT_MS = 50;

export const usage = `pnpm bench [options]
  --quick                  small sizes and short steps (well under 3 minutes)
  --scenario S             fanout | connections | http | all (default all; repeatable), or one not in all:
                           webhooks (busy shape with no, a slow and a dead webhook endpoint) or presence (a
                           reconnect storm: presence updates/s and CPU)
  --shape S                fan-out room shape: hot (1 room × 100 members, 20 senders), wide (200 × 10, 2
                           senders per room), busy (10 × 10, every member sends) or all (default; repeatable)
  --phases P[,P...]        steps after each shape's ladder: light, stress, overload, all or none (default all;
                           none when --rate is given)
  --duration SECONDS       sending time of each fan-out ladder step (default 10, quick 1)
  --rooms N                a custom shape instead of --shape (and the idle-socket rooms; default 200, quick 10)
  --members N              members per room of the custom shape (default 10, quick 5)
  --senders N              members of each room who send in the custom shape (default 2)
  --users N                users behind the sockets, one socket each (default min(rooms*members, 200), quick 10)
  --rate R[,R...]          total messages/s of the ladder of every shape run (default: each shape's ladder),
                           stepped up until p99 > ${P99_LIMIT_MS} ms or anything refused
  --routers N              router processes (sockets are spread over them; default 1; 0: baseline only)
  --chat-cores N           chat-core processes (default 1); router i calls chat-core i mod N, so with
                           --routers 2 --chat-cores 2 a room's messages are committed and published by both
  --connections N[,N...]   idle-socket steps (default 1000,5000,10000,19500; quick 100,300)
  --history-messages N     messages seeded into the history room (default 1000000, quick 20000)
  --http-duration SECONDS  each HTTP load run (default 10, quick 2)
  --port-base P            gateway on P, routers on P+1.., baselines on P+50, P+51, gRPC on P+100, P+101,
                           embedded Postgres on P+102, chat-core's /metrics on P+103, more chat-cores' gRPC
                           and /metrics on P+104, P+105, P+106.. (default 3400)
  --keep-db                keep the bench database instead of dropping it
  --embedded               ours in embedded mode (pnpm start with nothing set): embedded Postgres, the four
                           services in one process, no Redis; one router
  --cpu-prof DIR           write a V8 CPU profile of each service into DIR when it stops (open in Chrome DevTools)
  --hook-delay MS          webhooks: the slow endpoint answers after this (default 5000, quick 1000)
  --storm-sockets N        presence: sockets in the reconnect storm (default 2000, quick 100)
  --storm-users N          presence: users behind them, each with sockets/users sockets (default 500, quick 20)`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name}: expected a positive number, got "${value}"`);
  return n;
}

function list(name: string, value: string | undefined, fallback: number[]): number[] {
  if (value === undefined) return fallback;
  return value.split(',').map((v) => positive(name, v.trim(), 0));
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      scenario: { type: 'string', multiple: true },
      shape: { type: 'string', multiple: true },
      phases: { type: 'string' },
      duration: { type: 'string' },
      rooms: { type: 'string' },
      members: { type: 'string' },
      senders: { type: 'string' },
      users: { type: 'string' },
      rate: { type: 'string' },
      routers: { type: 'string' },
      'chat-cores': { type: 'string' },
      connections: { type: 'string' },
      'history-messages': { type: 'string' },
      'http-duration': { type: 'string' },
      'port-base': { type: 'string' },
      'keep-db': { type: 'boolean', default: false },
      embedded: { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      'hook-delay': { type: 'string' },
      'storm-sockets': { type: 'string' },
      'storm-users': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    // pnpm passes a literal `--` through when the options follow one.
    allowPositionals: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const quick = values.quick;
  const requested = (values.scenario ?? ['all']).flatMap((s) => s.split(','));
  for (const s of requested) {
    if (s !== 'all' && !(SCENARIOS as readonly string[]).includes(s)) throw new Error(`--scenario: unknown "${s}" (${SCENARIOS.join(', ')}, all)`);
  }
  const scenarios = SCENARIOS.filter((s) => requested.includes(s) || (requested.includes('all') && ALL_SCENARIOS.includes(s)));
  const rooms = positive('rooms', values.rooms, quick ? 10 : 200);
  const members = positive('members', values.members, quick ? 5 : 10);
  const users = positive('users', values.users, Math.min(rooms * members, quick ? 10 : 200));
  const rates = values.rate === undefined ? undefined : list('rate', values.rate, []);
  const custom = [values.rooms, values.members, values.senders, values.users].some((v) => v !== undefined);
  if (values.embedded && values.routers !== undefined && values.routers !== '1' && values.routers !== '0') {
    throw new Error('--routers: embedded mode runs one router (nothing would carry events to a second)');
  }
  if (values.embedded && values['chat-cores'] !== undefined && values['chat-cores'] !== '1') {
    throw new Error('--chat-cores: embedded mode runs one chat-core (its events reach the router in the process)');
  }
  if (members < 2) throw new Error('--members: a room needs at least 2 members for a fan-out');
  if (users < members) throw new Error(`--users: ${users} users cannot fill rooms of ${members} distinct members`);
  const shapes = parseShapes(values.shape, custom, quick, rates, { rooms, members, users, senders: Math.min(members, positive('senders', values.senders, 2)) });
  return {
    quick,
    scenarios,
    duration: positive('duration', values.duration, quick ? 1 : 10),
    shapes,
    phases: parsePhases(values.phases, rates !== undefined),
    rooms,
    members,
    users,
    // 0: no router, so the socket scenarios measure the baseline alone.
    routers: values.routers === '0' ? 0 : positive('routers', values.routers, 1),
    chatCores: positive('chat-cores', values['chat-cores'], 1),
    connections: list('connections', values.connections, quick ? [100, 300] : [1000, 5000, 10000, 19500]),
    historyMessages: positive('history-messages', values['history-messages'], quick ? 20_000 : 1_000_000),
    httpDuration: positive('http-duration', values['http-duration'], quick ? 2 : 10),
    portBase: positive('port-base', values['port-base'], 3400),
    keepDatabase: values['keep-db'],
    embedded: values.embedded,
    cpuProfDir: values['cpu-prof'],
    rate: rates?.[0],
    hookDelayMs: positive('hook-delay', values['hook-delay'], quick ? 1000 : 5000),
    stormSockets: positive('storm-sockets', values['storm-sockets'], quick ? 100 : 2000),
    stormUsers: positive('storm-users', values['storm-users'], quick ? 20 : 500),
  };
}

function parseShapes(given: string[] | undefined, custom: boolean, quick: boolean, rates: number[] | undefined, sizes: Pick<Shape, 'rooms' | 'members' | 'senders' | 'users'>): Shape[] {
  if (given === undefined) return custom ? [customShape(sizes, quick, rates)] : SHAPE_NAMES.map((n) => namedShape(n, quick, rates));
  if (custom) throw new Error('--rooms, --members, --senders and --users describe a custom shape: leave out --shape');
  const names = given.flatMap((s) => s.split(',')).map((s) => s.trim());
  for (const n of names) {
    if (n !== 'all' && !(SHAPE_NAMES as readonly string[]).includes(n)) throw new Error(`--shape: unknown "${n}" (${SHAPE_NAMES.join(', ')}, all)`);
  }
  const chosen = names.includes('all') ? [...SHAPE_NAMES] : SHAPE_NAMES.filter((n) => names.includes(n));
  return chosen.map((n) => namedShape(n, quick, rates));
}

function parsePhases(given: string | undefined, ratesGiven: boolean): Phase[] {
  if (given === undefined) return ratesGiven ? [] : [...PHASES];
  const names = given.split(',').map((s) => s.trim());
  if (names.includes('none')) return [];
  for (const n of names) {
    if (n !== 'all' && !(PHASES as readonly string[]).includes(n)) throw new Error(`--phases: unknown "${n}" (${PHASES.join(', ')}, all, none)`);
  }
  return names.includes('all') ? [...PHASES] : PHASES.filter((p) => names.includes(p));
}

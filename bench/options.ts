import { parseArgs } from 'node:util';

export const SCENARIOS = ['fanout', 'connections', 'http'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface BenchOptions {
  quick: boolean;
  scenarios: Scenario[];
  /** Seconds each fan-out step sends for. */
  duration: number;
  rooms: number;
  members: number;
  /** Members of each room who send; the total rate is spread over rooms, then over these. */
  senders: number;
  /** Users behind the fan-out sockets (one socket each); fewer than rooms × members shares users between rooms. */
  users: number;
  /** Total messages/s per step; one value runs one step, none runs the ladder until p99 > 250 ms or errors. */
  rates: number[];
  routers: number;
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
}

export const P99_LIMIT_MS = 250;

const FULL_LADDER = [100, 250, 500, 750, 1000, 1500, 2000, 3000, 4000, 6000, 8000, 12000];
const QUICK_LADDER = [50, 150, 400];

export const usage = `pnpm bench [options]
  --quick                  small sizes and short steps (well under 3 minutes)
  --scenario S             fanout | connections | http | all (default all; repeatable)
  --duration SECONDS       sending time of each fan-out step (default 10, quick 2)
  --rooms N                rooms in the fan-out (default 200, quick 10)
  --members N              members per room (default 10, quick 5)
  --senders N              members of each room who send (default 2)
  --users N                users behind the sockets, one socket each (default min(rooms*members, 200), quick 10)
  --rate R[,R...]          total messages/s; default: a ladder stepped up until p99 > ${P99_LIMIT_MS} ms or errors
  --routers N              router processes (sockets are spread over them; default 1; 0: baseline only)
  --connections N[,N...]   idle-socket steps (default 1000,5000,10000,19500; quick 100,300)
  --history-messages N     messages seeded into the history room (default 1000000, quick 20000)
  --http-duration SECONDS  each HTTP load run (default 10, quick 2)
  --port-base P            gateway on P, routers on P+1.., baselines on P+50, P+51 (default 3400)
  --keep-db                keep the bench database instead of dropping it
  --embedded               ours in embedded mode (pnpm start with nothing set): embedded Postgres, the four
                           services in one process, no Redis; one router
  --cpu-prof DIR           write a V8 CPU profile of each service into DIR when it stops (open in Chrome DevTools)`;

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
      duration: { type: 'string' },
      rooms: { type: 'string' },
      members: { type: 'string' },
      senders: { type: 'string' },
      users: { type: 'string' },
      rate: { type: 'string' },
      routers: { type: 'string' },
      connections: { type: 'string' },
      'history-messages': { type: 'string' },
      'http-duration': { type: 'string' },
      'port-base': { type: 'string' },
      'keep-db': { type: 'boolean', default: false },
      embedded: { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
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
    if (s !== 'all' && !(SCENARIOS as readonly string[]).includes(s)) throw new Error(`--scenario: unknown "${s}" (fanout, connections, http, all)`);
  }
  const scenarios = requested.includes('all') ? [...SCENARIOS] : SCENARIOS.filter((s) => requested.includes(s));
  const rooms = positive('rooms', values.rooms, quick ? 10 : 200);
  const members = positive('members', values.members, quick ? 5 : 10);
  const users = positive('users', values.users, Math.min(rooms * members, quick ? 10 : 200));
  if (values.embedded && values.routers !== undefined && values.routers !== '1' && values.routers !== '0') {
    throw new Error('--routers: embedded mode runs one router (nothing would carry events to a second)');
  }
  if (members < 2) throw new Error('--members: a room needs at least 2 members for a fan-out');
  if (users < members) throw new Error(`--users: ${users} users cannot fill rooms of ${members} distinct members`);
  return {
    quick,
    scenarios,
    duration: positive('duration', values.duration, quick ? 2 : 10),
    rooms,
    members,
    senders: Math.min(members, positive('senders', values.senders, 2)),
    users,
    rates: list('rate', values.rate, quick ? QUICK_LADDER : FULL_LADDER),
    // 0: no router, so the socket scenarios measure the baseline alone.
    routers: values.routers === '0' ? 0 : positive('routers', values.routers, 1),
    connections: list('connections', values.connections, quick ? [100, 300] : [1000, 5000, 10000, 19500]),
    historyMessages: positive('history-messages', values['history-messages'], quick ? 20_000 : 1_000_000),
    httpDuration: positive('http-duration', values['http-duration'], quick ? 2 : 10),
    portBase: positive('port-base', values['port-base'], 3400),
    keepDatabase: values['keep-db'],
    embedded: values.embedded,
    cpuProfDir: values['cpu-prof'],
  };
}

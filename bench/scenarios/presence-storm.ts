// Issue 15: "2,000 sockets reconnecting at once produce coalesced updates,
// measured in the bench (presence updates/s and CPU during a reconnect storm)".
// Users who share rooms (each in two rooms of 20, several sockets each) all
// connect; then every socket drops and comes back at once, twice: within the
// grace period (a router restart: presence should not change at all), and
// after it (an outage: every user goes offline, then online again, and the
// routers announce it in batches). Each storm reports the presence updates
// that reached clients, per second, and the CPU of every service.
import type { ScenarioContext } from './context.ts';
import { CpuSampler } from './cpu-sampler.ts';
import { PresenceClients, rates, type OpenResult, type StormSocketSpec } from './presence-clients.ts';

export interface StormResult {
  storm: 'reconnect within grace' | 'reconnect after grace';
  sockets: number;
  reconnect: OpenResult;
  /** From the moment the sockets came back until updates stopped. */
  windowMs: number;
  updates: { total: number; perSecond: number; peakPerSecond: number; online: number; offline: number };
  /** % of one core over the window, per service, and the bench's own sockets. */
  cpu: Record<string, number>;
}

export interface PresenceStormResult {
  users: number;
  sockets: number;
  rooms: number;
  members: number;
  graceMs: number;
  initial: { connect: OpenResult; updates: number };
  storms: StormResult[];
}

const MEMBERS = 20;
const ROOMS_PER_USER = 2;
/** A storm's window ends after this long without an update (the routers flush every PRESENCE_FLUSH_MS, 1 s). */
const QUIET_MS = 3_000;
const MAX_WINDOW_MS = 40_000;

export async function runPresenceStorm(ctx: ScenarioContext): Promise<PresenceStormResult> {
  const { options, stack, log } = ctx;
  const users = Math.min(options.stormUsers, ctx.users.length);
  const members = Math.min(MEMBERS, users);
  const rooms = Math.max(1, Math.round((users * ROOMS_PER_USER) / members));
  const graceMs = Number(process.env.PRESENCE_GRACE_MS ?? 10_000);
  const world = await ctx.world(rooms, members, users, 'presence');
  const specs: StormSocketSpec[] = Array.from({ length: options.stormSockets }, (_, i) => {
    const user = world.users[i % users]!;
    return { url: stack.routerUrls[i % stack.routerUrls.length]!, token: user.token };
  });
  log(`\nPresence: ${specs.length} sockets of ${users} users in ${rooms} rooms of ${members} (grace ${graceMs} ms)`);
  const clients = new PresenceClients(specs);
  try {
    const connect = await clients.openAll(50);
    if (connect.failed > 0) throw new Error(`${connect.failed} sockets failed to connect: ${connect.errors.join('; ')}`);
    await clients.quiet(QUIET_MS, MAX_WINDOW_MS);
    const initial = { connect, updates: clients.take().at.length };
    log(`  connected ${connect.connected} sockets in ${connect.ms} ms (50 at a time); ${initial.updates} presence updates reached them`);
    const storms: StormResult[] = [];
    for (const storm of ['reconnect within grace', 'reconnect after grace'] as const) {
      const result = await runStorm(ctx, clients, specs.length, storm, storm === 'reconnect after grace' ? graceMs + 2_000 : 0);
      storms.push(result);
      log(describeStorm(result));
      if (result.reconnect.failed > 0) ctx.failures.push(`presence ${storm}: ${result.reconnect.failed} sockets did not reconnect: ${result.reconnect.errors.join('; ')}`);
    }
    return { users, sockets: specs.length, rooms, members, graceMs, initial, storms };
  } finally {
    clients.closeAll();
  }
}

async function runStorm(ctx: ScenarioContext, clients: PresenceClients, sockets: number, storm: StormResult['storm'], awayMs: number): Promise<StormResult> {
  clients.closeAll();
  if (awayMs > 0) await new Promise((r) => setTimeout(r, awayMs));
  clients.take();
  const sampler = new CpuSampler({ ...ctx.stack.pids(), 'bench clients': process.pid });
  const from = performance.now();
  const reconnect = await clients.openAll(Infinity);
  await clients.quiet(QUIET_MS, MAX_WINDOW_MS);
  sampler.stop();
  // The storm ends at its last update, or when every socket was back if none came; the quiet wait after it is not part of it.
  const got = clients.take();
  const end = Math.max(got.at.at(-1) ?? 0, from + reconnect.ms);
  const cpu = sampler.over(from, end);
  return {
    storm,
    sockets,
    reconnect,
    windowMs: Math.round(end - from),
    updates: { ...rates(got.at, from, end), online: got.online, offline: got.offline },
    cpu,
  };
}

function describeStorm(s: StormResult): string {
  const cpu = Object.entries(s.cpu).map(([name, pct]) => `${name} ${pct}%`).join(' ');
  return (
    `  ${s.storm.padEnd(22)} ${s.reconnect.connected}/${s.sockets} back in ${s.reconnect.ms} ms; ` +
    `${s.updates.total} presence updates (${s.updates.online} online, ${s.updates.offline} offline) in ${s.windowMs} ms: ` +
    `${s.updates.perSecond}/s, peak ${s.updates.peakPerSecond} in one second; cpu ${cpu}`
  );
}

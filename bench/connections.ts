// Scenario 3: idle authenticated sockets on one server, stepped up: how fast
// they connect, how much resident memory each costs, what idling costs in CPU.
import type { SocketSpec, Target } from './harness-protocol.ts';
import { Harness } from './harness.ts';
import { CpuMeter, rssAfterGc } from './processes.ts';
import { roomsOfUser, type World } from './world.ts';

export interface ConnectionStep {
  sockets: number;
  added: number;
  connectPerSecond: number;
  /** The harness's CPU while connecting (% of one core). */
  harnessCpu: number;
  failed: number;
  errors: string[];
  rssBytes: number;
  /** (RSS now − RSS with no sockets) / sockets. */
  bytesPerSocket: number;
  /** Server CPU over a few idle seconds, in % of one core. */
  idleCpu: number;
}

export interface ConnectionsTargetResult {
  target: Target;
  rssAtZero: number;
  steps: ConnectionStep[];
  /** Why the steps ended early, when they did (failed connections: the machine's limit). */
  stoppedBy?: string;
}

/** Time for the server to finish joins and let garbage settle, then the idle CPU sample; shorter in --quick. */
const TIMING = { full: { settleMs: 2000, idleMs: 3000 }, quick: { settleMs: 1000, idleMs: 1500 } };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Socket i is user i mod U (ours: with its token), in that user's rooms. */
function specs(world: World, url: string, from: number, to: number, withTokens: boolean): SocketSpec[] {
  const rooms = roomsOfUser(world);
  return Array.from({ length: to - from }, (_, k) => {
    const u = (from + k) % world.users.length;
    return { url, rooms: rooms[u]!, ...(withTokens ? { token: world.users[u]!.token } : {}) };
  });
}

export async function runConnections(
  target: Target,
  world: World,
  url: string,
  serverPid: number,
  counts: number[],
  log: (line: string) => void,
  quick: boolean,
): Promise<ConnectionsTargetResult> {
  const { settleMs, idleMs } = quick ? TIMING.quick : TIMING.full;
  const harness = await Harness.start();
  try {
    await sleep(settleMs);
    const result: ConnectionsTargetResult = { target, rssAtZero: await rssAfterGc(serverPid), steps: [] };
    let open = 0;
    for (const count of counts) {
      if (count <= open) continue;
      const added = await harness.connect(target, specs(world, url, open, count, target === 'ours'), 100);
      open = added.open;
      await sleep(settleMs);
      const rss = await rssAfterGc(serverPid);
      const meter = new CpuMeter();
      meter.start({ server: serverPid });
      await sleep(idleMs);
      const step: ConnectionStep = {
        sockets: open,
        added: added.connected,
        connectPerSecond: Math.round((added.connected / Math.max(1, added.ms)) * 1000),
        harnessCpu: added.harnessCpu,
        failed: added.failed,
        errors: added.errors,
        rssBytes: rss,
        bytesPerSocket: open > 0 ? Math.round((rss - result.rssAtZero) / open) : 0,
        idleCpu: meter.stop().server ?? 0,
      };
      result.steps.push(step);
      log(
        `  ${target.padEnd(8)} ${String(open).padStart(6)} sockets  ${String(step.connectPerSecond).padStart(5)} connects/s (client cpu ${step.harnessCpu}%)  ` +
          `RSS ${(rss / 2 ** 20).toFixed(0)} MiB  ${(step.bytesPerSocket / 1024).toFixed(1)} KiB/socket  idle CPU ${step.idleCpu}%  failed ${step.failed}`,
      );
      if (added.failed > 0) {
        result.stoppedBy = `${added.failed} sockets failed to connect at ${count}: ${added.errors.join('; ')}`;
        break;
      }
    }
    await harness.disconnect();
    return result;
  } finally {
    await harness.close();
  }
}

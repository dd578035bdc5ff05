// Issue 17: "a slow or dead webhook endpoint never slows message delivery".
// The busy fan-out shape at one rate, in one run against one stack: with no
// endpoint, with one registered endpoint that answers only after a delay,
// with one whose address refuses connections, and with none again (the
// drift of the machine over the run). Webhooks run in chat-core
// (docs/WEBHOOKS.md); the stack's chat-core has them on (WEBHOOKS_ENABLED's
// default) and allows loopback receivers (WEBHOOK_ALLOW_PRIVATE=true).
import { errorsOf, integrityClean } from '../fanout.ts';
import { Harness } from '../harness.ts';
import type { StepResult } from '../harness-protocol.ts';
import { CpuMeter } from '../processes.ts';
import { namedShape } from '../shapes.ts';
import { roomPlans, socketSpecs, type World } from '../world.ts';
import { adminApi, type AdminApi } from './admin-api.ts';
import type { ScenarioContext } from './context.ts';
import { deadUrl, startSlowReceiver, type SlowReceiver } from './hook-receivers.ts';

export type HookVariant = 'none' | 'slow' | 'dead' | 'none again';

export interface WebhookStep {
  variant: HookVariant;
  rate: number;
  durationMs: number;
  sent: number;
  acked: number;
  errors: number;
  /** First answers by code (`stored`, `RESOURCE_EXHAUSTED`, …). */
  codes: Record<string, number>;
  integrityClean: boolean;
  latency: StepResult['latency'];
  ackLatency: StepResult['ackLatency'];
  serverCpu: Record<string, number>;
  /** What the endpoint saw: requests at the slow receiver, attempts in the delivery log (dead). */
  endpoint?: { requests?: number; answered?: number; logged: { events: number; attempts: number } };
}

export interface WebhooksResult {
  shape: string;
  rate: number;
  slowDelayMs: number;
  steps: WebhookStep[];
}

const DRAIN_MS = 60_000;
const QUIET_MS = 5_000;

interface Endpoint {
  _id: string;
}

async function register(admin: AdminApi, url: string): Promise<Endpoint> {
  return admin.call<Endpoint>('POST', '/webhooks', { url, eventTypes: ['message'] });
}

/** The endpoint's delivery log (newest 200): events tried, and attempts over them. */
async function logged(admin: AdminApi, id: string): Promise<{ events: number; attempts: number }> {
  const page = await admin.call<{ deliveries: { attempts: number }[] }>('GET', `/webhooks/${id}/deliveries?limit=200`);
  return { events: page.deliveries.length, attempts: page.deliveries.reduce((n, d) => n + d.attempts, 0) };
}

export async function runWebhooks(ctx: ScenarioContext): Promise<WebhooksResult> {
  const { options, stack, log } = ctx;
  const shape = namedShape('busy', options.quick, undefined);
  const rate = options.rate ?? (options.quick ? 100 : 500);
  const slowDelayMs = options.hookDelayMs;
  const world = await ctx.world(shape.rooms, shape.members, shape.users, shape.name);
  log(`\nWebhooks: busy ${shape.rooms} × ${shape.members}, ${rate} msg/s for ${options.duration} s per endpoint variant (slow: answers after ${slowDelayMs} ms; dead: connection refused)`);
  const admin = await adminApi(stack.gatewayUrl);
  const slow = await startSlowReceiver(slowDelayMs);
  const harness = await Harness.start();
  const result: WebhooksResult = { shape: `busy ${shape.rooms}x${shape.members}`, rate, slowDelayMs, steps: [] };
  try {
    const connect = await harness.connect('ours', socketSpecs(world, stack.routerUrls, true));
    if (connect.failed > 0) throw new Error(`${connect.failed} sockets failed to connect: ${connect.errors.join('; ')}`);
    const warm = await harness.warmup(roomPlans(world, shape.senders));
    if (warm.unconfirmed > 0) throw new Error(`${warm.unconfirmed} rooms never delivered a warm-up message`);
    // A short step first, not compared: the first seconds at a rate run on code not yet optimised, whichever variant comes first.
    const warmStep = await harness.step({ label: 'webhooks warm-up', rate, durationMs: 3_000, drainMs: DRAIN_MS, quietMs: 1_000, ackTimeoutMs: 10_000, rooms: roomPlans(world, shape.senders) });
    log(`  warm-up    3 s at ${rate} msg/s: delivery p50 ${warmStep.latency.p50} p99 ${warmStep.latency.p99} ms`);
    for (const variant of ['none', 'slow', 'dead', 'none again'] as const) {
      const step = await variantStep(ctx, harness, world, shape.senders, rate, variant, { admin, slow });
      result.steps.push(step);
      log(describeStep(step));
      if (!step.integrityClean) ctx.failures.push(`webhooks ${variant}: integrity failed`);
    }
  } finally {
    await harness.disconnect().catch(() => undefined);
    await harness.close();
    await slow.close();
  }
  return result;
}

async function variantStep(
  ctx: ScenarioContext,
  harness: Harness,
  world: World,
  senders: number,
  rate: number,
  variant: HookVariant,
  hooks: { admin: AdminApi; slow: SlowReceiver },
): Promise<WebhookStep> {
  const url = variant === 'slow' ? hooks.slow.url : variant === 'dead' ? await deadUrl() : undefined;
  const endpoint = url ? await register(hooks.admin, url) : undefined;
  const before = hooks.slow.counts();
  const meter = new CpuMeter();
  meter.start(ctx.stack.pids());
  const durationMs = ctx.options.duration * 1000;
  const step = await harness.step({ label: `webhooks ${variant}`, rate, durationMs, drainMs: DRAIN_MS, quietMs: QUIET_MS, ackTimeoutMs: 10_000, rooms: roomPlans(world, senders) });
  const serverCpu = meter.stop();
  let seen: WebhookStep['endpoint'];
  if (endpoint) {
    const after = hooks.slow.counts();
    const slowCounts = variant === 'slow' ? { requests: after.received - before.received, answered: after.answered - before.answered } : {};
    seen = { ...slowCounts, logged: await logged(hooks.admin, endpoint._id) };
    // Gone before the next variant: its backlog would otherwise keep being tried during it.
    await hooks.admin.call('DELETE', `/webhooks/${endpoint._id}`);
  }
  return {
    variant,
    rate,
    durationMs,
    sent: step.sent,
    acked: step.acked,
    errors: errorsOf(step),
    codes: step.answers.codes,
    integrityClean: integrityClean(step),
    latency: step.latency,
    ackLatency: step.ackLatency,
    serverCpu,
    ...(seen ? { endpoint: seen } : {}),
  };
}

function describeStep(s: WebhookStep): string {
  const e = s.endpoint;
  const seen = e
    ? `  endpoint: ${e.requests !== undefined ? `${e.requests} requests (${e.answered} answered), ` : ''}log ${e.logged.events} events, ${e.logged.attempts} attempts`
    : '';
  const codes = Object.entries(s.codes).filter(([code]) => code !== 'stored').map(([code, n]) => `${code} ${n}`).join(', ');
  const cpu = Object.entries(s.serverCpu).map(([name, pct]) => `${name} ${pct}%`).join(' ');
  return (
    `  ${s.variant.padEnd(10)} acked ${s.acked}/${s.sent}  delivery p50 ${s.latency.p50} p99 ${s.latency.p99} max ${s.latency.max} ms` +
    `  (ack p50 ${s.ackLatency.p50} p99 ${s.ackLatency.p99})  errors ${s.errors}${codes ? ` (${codes})` : ''}${s.integrityClean ? '' : '  INTEGRITY FAILED'}  cpu ${cpu}${seen}`
  );
}

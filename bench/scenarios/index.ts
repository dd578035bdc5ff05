// The scenarios `pnpm bench --scenario webhooks|presence` runs after the
// others, on the same stack: what each needs of it, and each one's run.
import type { BenchOptions, Scenario } from '../options.ts';
import type { ScenarioContext } from './context.ts';
import { runPresenceStorm } from './presence-storm.ts';
import { runWebhooks } from './webhooks.ts';

export type { ScenarioContext } from './context.ts';

const RUNS: Partial<Record<Scenario, (ctx: ScenarioContext) => Promise<unknown>>> = {
  webhooks: runWebhooks,
  presence: runPresenceStorm,
};

/** Set in the bench's environment before the stack starts (its services inherit it). */
export function scenarioEnv(options: BenchOptions): Record<string, string> {
  // chat-core refuses webhook URLs on loopback unless told; the bench's receivers are on 127.0.0.1.
  return options.scenarios.includes('webhooks') ? { WEBHOOK_ALLOW_PRIVATE: 'true' } : {};
}

/** Users these scenarios need registered. */
export function scenarioUsers(options: BenchOptions): number {
  const busyUsers = options.quick ? 10 : 100;
  return Math.max(options.scenarios.includes('webhooks') ? busyUsers : 0, options.scenarios.includes('presence') ? options.stormUsers : 0);
}

/** Runs the chosen scenarios of this folder in order; one that fails is a failure of the run, not its end. */
export async function runScenarios(ctx: ScenarioContext): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const name of ctx.options.scenarios) {
    const run = RUNS[name];
    if (!run) continue;
    try {
      out[name] = await run(ctx);
    } catch (error) {
      const message = `${name} stopped: ${(error as Error).stack ?? String(error)}`;
      ctx.log(`  ${message}`);
      ctx.failures.push(message);
    }
  }
  return out;
}

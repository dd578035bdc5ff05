/** One dependency's probe: resolves when it answers. */
export type HealthCheck = () => Promise<unknown>;

export interface HealthReport {
  status: 'SERVING' | 'NOT_SERVING';
  checks: Record<string, 'ok' | 'unavailable'>;
}

/** A dependency that hangs (Redis reconnecting) must make Health say so, not hang it past the caller's deadline. */
const CHECK_TIMEOUT_MS = 1000;

/** Runs every named probe at once; SERVING only when each answered in time. */
export async function checkHealth(checks: Record<string, HealthCheck>): Promise<HealthReport> {
  const names = Object.keys(checks);
  const results = await Promise.allSettled(names.map((name) => withTimeout(checks[name]!(), CHECK_TIMEOUT_MS)));
  const entries = names.map((name, i) => [name, results[i]!.status === 'fulfilled' ? 'ok' : 'unavailable'] as const);
  return {
    status: entries.every(([, s]) => s === 'ok') ? 'SERVING' : 'NOT_SERVING',
    checks: Object.fromEntries(entries),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

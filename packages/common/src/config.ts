import { z } from 'zod';

/** A configuration value that stops the start, naming the variable at fault. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses the environment against a zod object whose keys are variable names.
 * Every problem is reported at once, each line naming its variable.
 */
export function parseEnv<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`);
  throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`);
}

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const baseEnv = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/chat'),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  /** Prefix for every Redis key and channel, so several stacks (or test files) share one Redis. */
  REDIS_PREFIX: z.string().default('chat'),
  AUTH_GRPC_URL: z.string().default('127.0.0.1:50051'),
  CHAT_GRPC_URL: z.string().default('127.0.0.1:50052'),
  GRPC_DEADLINE_MS: z.coerce.number().int().positive().default(5000),
  /** OTLP/HTTP collector traces are sent to (`<url>/v1/traces`); unset or '': tracing off, no SDK started (docs/OPERATIONS.md). */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  /** Every /metrics endpoint then asks for it as a bearer token (docs/OPERATIONS.md); '' is unset. */
  METRICS_TOKEN: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(16, { message: 'must be at least 16 characters' }).optional()),
};

/**
 * Local development may run on built-in secrets; production may not. Returns
 * the value, warning when it is the development default.
 */
export function secret(
  name: string,
  value: string | undefined,
  devDefault: string,
  nodeEnv: string,
  warn: (msg: string) => void,
): string {
  if (value) return value;
  if (nodeEnv === 'production') throw new ConfigError(`${name}: required when NODE_ENV=production`);
  warn(`${name} is not set: using the local development default (never do this in production)`);
  return devDefault;
}

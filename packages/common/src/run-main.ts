import { ConfigError } from './config.ts';

export interface Closable {
  close(): Promise<void>;
}

/**
 * What every service's main.ts does: start, then close on SIGTERM/SIGINT and
 * exit 0, or 1 when start or close fails. A bad configuration or an
 * unreachable dependency prints one line, not a stack trace.
 */
export async function runMain(name: string, start: () => Promise<Closable>): Promise<void> {
  let handle: Closable;
  try {
    handle = await start();
  } catch (error) {
    const message = error instanceof ConfigError || isPlainStartError(error) ? error.message : String((error as Error)?.stack ?? error);
    console.error(`${name}: cannot start: ${message}`);
    process.exit(1);
  }
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    handle.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`${name}: close after ${signal} failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

// "cannot reach Postgres/Redis ..." errors are written for people already.
function isPlainStartError(error: unknown): error is Error {
  return error instanceof Error && error.message.startsWith('cannot reach ');
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

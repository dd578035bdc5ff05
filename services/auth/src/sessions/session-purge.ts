import type { Logger } from '@chat/common';
import type { SessionStore } from './session-store.ts';

export interface SessionPurgeOptions {
  /** Between runs; 0: never. */
  everyMs: number;
  /** A session is deleted this long after it ended: past the access tokens' lifetime, none of its tokens is valid. */
  endedMarginSeconds: number;
  /** A used refresh token is deleted this long after its use (REFRESH_TOKEN_TTL): the window of reuse detection. */
  usedTokenSeconds: number;
}

/** Rows per statement: each DELETE is short, so it never holds locks a login or renewal waits on for long. */
const BATCH = 1000;

/**
 * Deletes ended sessions (with their refresh tokens) and long-used refresh
 * tokens on a schedule, in batches. Every auth replica runs it; the deletes
 * are idempotent, so two at once only share the work.
 */
export class SessionPurge {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly sessions: Pick<SessionStore, 'purgeEnded' | 'purgeUsedTokens'>,
    private readonly options: SessionPurgeOptions,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.options.everyMs === 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.log.warn({ err: error }, 'session purge failed; tried again at the next run'))
        .finally(() => (this.running = undefined));
    }, this.options.everyMs);
    this.timer.unref();
  }

  async runOnce(): Promise<{ sessions: number; tokens: number }> {
    const sessions = await this.drain(() => this.sessions.purgeEnded(this.options.endedMarginSeconds, BATCH));
    const tokens = await this.drain(() => this.sessions.purgeUsedTokens(this.options.usedTokenSeconds, BATCH));
    if (sessions + tokens > 0) this.log.info({ sessions, tokens }, 'purged ended sessions and used refresh tokens');
    return { sessions, tokens };
  }

  /** Stops the schedule and waits for a run in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async drain(batch: () => Promise<number>): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await batch();
      total += n;
      if (n < BATCH) return total;
    }
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, waitForPort } from '@chat/stack';

/**
 * A redis-server of the test's own, on a free port, without persistence: it
 * can be killed and restarted mid-load while the machine's Redis (and every
 * other test using it) is left alone.
 */
export class OwnRedis {
  private child: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  static async start(): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    this.child = child;
    const failure = () => (child.exitCode === null ? undefined : `redis-server on ${this.port} exited with ${child.exitCode}`);
    await waitForPort(this.port, { what: 'redis-server', timeoutMs: 5000, intervalMs: 50, failure });
  }

  /** kill -9: the connections drop at once, as in a crash. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

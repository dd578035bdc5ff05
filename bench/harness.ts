import type { ChildProcess } from 'node:child_process';
import type { ConnectResult, HarnessCommand, HarnessReply, RoomPlan, SocketSpec, StepResult, Target } from './harness-protocol.ts';
import { forkHarness, stopChild } from './processes.ts';

/** The runner's side of the client harness process: one command at a time, awaited. */
export class Harness {
  private constructor(readonly process: ChildProcess) {}

  static async start(): Promise<Harness> {
    const harness = new Harness(forkHarness());
    await harness.next('ready');
    return harness;
  }

  get pid(): number {
    return this.process.pid!;
  }

  async connect(target: Target, sockets: SocketSpec[], concurrency = 50, timeoutMs = 20_000): Promise<ConnectResult> {
    const reply = await this.call({ type: 'connect', target, path: '/realtime', sockets, concurrency, timeoutMs }, 'connected');
    return reply.result;
  }

  async warmup(rooms: RoomPlan[], timeoutMs = 20_000): Promise<{ unconfirmed: number; ms: number }> {
    return this.call({ type: 'warmup', rooms, timeoutMs }, 'warmed');
  }

  async step(options: Omit<Extract<HarnessCommand, { type: 'step' }>, 'type'>): Promise<StepResult> {
    const reply = await this.call({ type: 'step', ...options }, 'step-result');
    return reply.result;
  }

  async disconnect(): Promise<void> {
    await this.call({ type: 'disconnect' }, 'disconnected');
  }

  async close(): Promise<void> {
    if (this.process.connected) this.process.send({ type: 'exit' } satisfies HarnessCommand);
    await stopChild(this.process, 5000);
  }

  private async call<T extends HarnessReply['type']>(command: HarnessCommand, expect: T): Promise<Extract<HarnessReply, { type: T }>> {
    const reply = this.next(expect);
    this.process.send(command);
    return reply;
  }

  private next<T extends HarnessReply['type']>(expect: T): Promise<Extract<HarnessReply, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the client harness exited (${code}) while waiting for "${expect}"`));
      const onMessage = (reply: HarnessReply) => {
        this.process.off('message', onMessage);
        this.process.off('exit', onExit);
        if (reply.type === 'failed') reject(new Error(`client harness: ${reply.message}`));
        else if (reply.type !== expect) reject(new Error(`client harness answered "${reply.type}", expected "${expect}"`));
        else resolve(reply as Extract<HarnessReply, { type: T }>);
      };
      this.process.on('message', onMessage);
      this.process.once('exit', onExit);
    });
  }
}

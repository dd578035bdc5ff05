import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

/**
 * `pnpm bench --quick` as a developer runs it: the whole stack, the baselines
 * and the client harness as child processes. Only a smoke test: it must run
 * through and find every acknowledged message delivered and stored exactly
 * once; its timings depend on whatever else shares the machine, so none is asserted.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const BENCH_LIMIT_MS = 240_000;

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * The bench takes the base, base+1 (router), +50, +51 (baselines), +100, +101
 * (gRPC), +103 (chat-core's metrics). Bases below Linux's ephemeral range
 * (32768+) cannot meet the port-0 servers of the test files running beside this one.
 */
async function freePortBase(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 10_000 + Math.floor(Math.random() * 20_000);
    const ports = [0, 1, 50, 51, 100, 101, 103].map((d) => base + d);
    if ((await Promise.all(ports.map(portFree))).every(Boolean)) return base;
  }
  throw new Error('no free port base for the bench in 50 tries');
}

function runBench(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout reaches the bench behind pnpm and sh, not only pnpm.
    const child = spawn('pnpm', ['bench', ...args], { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // SIGINT: the bench stops the services it started and drops its database.
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGINT'), BENCH_LIMIT_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

it('pnpm bench --quick runs every scenario and shape, and loses, duplicates, reorders and delivers refused nothing', async () => {
  const { code, output } = await runBench(['--quick', '--port-base', String(await freePortBase())]);
  const written = /^wrote (bench\/results\/\S+\.json)/m.exec(output)?.[1];
  if (written) rmSync(`${root}${written}`, { force: true });

  expect(code, output).toBe(0);
  const integrity = /^Integrity \(ours\): (\d+) acknowledged messages over \d+ steps: (.*)$/m.exec(output);
  expect(integrity, output).not.toBeNull();
  expect(Number(integrity![1])).toBeGreaterThan(0);
  expect(integrity![2]).toBe('0 lost, 0 duplicated, 0 reordered, 0 seq mismatches, 0 leaked, 0 out of send order, 0 refused delivered');
  expect(output).toMatch(/^Integrity \(baseline\): \d+ acknowledged messages over \d+ steps: 0 lost, 0 duplicated, 0 reordered/m);
  expect(output).toMatch(/^Postgres: [1-9]\d* acknowledged messages in \d+ rooms checked: each stored exactly once, logs gap-free$/m);
  expect(output).toMatch(/^Postgres, refused: \d+ refused messages checked: none stored;/m);
  // Each shape ran, ours and the bare relay, with its stage table or the line saying there is none.
  for (const shape of ['hot', 'busy', 'wide']) expect(output).toMatch(new RegExp(`^Fan-out, ${shape}: .*\\(latency in ms`, 'm'));
  expect(output).toMatch(/^Stages \(ours\)/m);
  // The other scenarios ran to the end too: their headline lines are there.
  expect(output).toMatch(/memory per idle socket at \d+, ours \/ baseline/);
  expect(output).toMatch(/50-message page p99/);
}, BENCH_LIMIT_MS + 30_000);

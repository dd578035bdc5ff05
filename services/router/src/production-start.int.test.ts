import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

/** The router's own process, as deployed; resolves with its exit code and output. */
function runRouter(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

describe('the router in production', () => {
  it('refuses to start without SOCKET_CORS_ORIGIN, naming it', async () => {
    // Nothing listens on these: the configuration is refused before any of them is tried.
    const { code, output } = await runRouter({ NODE_ENV: 'production', AUTH_GRPC_URL: '127.0.0.1:1', CHAT_GRPC_URL: '127.0.0.1:1', CLIENT_SOCKET_PORT: '0' });
    expect(code).toBe(1);
    expect(output).toContain('SOCKET_CORS_ORIGIN: required when NODE_ENV=production');
  }, 30_000);
});

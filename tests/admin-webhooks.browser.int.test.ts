import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatClient } from '@chat/client';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startStack, type Stack } from '@chat/testing/stack.ts';
import { sdkUser } from './support/sdk-clients.ts';

/**
 * The admin panel's webhooks page in Chromium: register an endpoint (its
 * secret shown once), see an event that kept failing in the dead letters,
 * retry it once the receiver is back. Its screen goes to docs/screenshots/.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const ADMIN = { MASTER_KEY: 'hooks-browser-master-key', ADMIN_EMAIL: 'admin@hooks-browser.test', ADMIN_PASSWORD: 'admin password' };
let env: TestEnv;
let stack: Stack;
let browser: Browser;
let page: Page;
let server: Server;
let hookUrl: string;
let failing = true;
let delivered = 0;
let ann: ChatClient;

beforeAll(async () => {
  if (!existsSync(join(root, 'packages/admin-panel/dist/index.html'))) execFileSync('pnpm', ['--filter', '@chat/admin-panel', 'build'], { cwd: root, stdio: 'inherit' });
  mkdirSync(join(root, 'docs/screenshots'), { recursive: true });
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (!failing) delivered++;
      res.writeHead(failing ? 500 : 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/hooks`;
  env = await createTestEnv();
  stack = await startStack(env, { env: { ...ADMIN, WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_MS: '100', WEBHOOK_MAX_ATTEMPTS: '1' } });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  ann?.close();
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
  await stack?.close();
  await env?.cleanup();
});

describe("the admin panel's webhooks page", () => {
  it('registers an endpoint, lists a dead letter and retries it', async () => {
    await page.goto(`${stack.gatewayUrl}/admin/`);
    await page.getByTestId('login-masterkey').fill(ADMIN.MASTER_KEY);
    await page.getByTestId('login-email').fill(ADMIN.ADMIN_EMAIL);
    await page.getByTestId('login-password').fill(ADMIN.ADMIN_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('nav-webhooks').click();
    await page.getByTestId('webhook-url').fill(hookUrl);
    await page.getByTestId('webhook-create').click();
    await expect.poll(() => page.getByTestId('webhook-secret').textContent()).toMatch(/whsec_/);
    await page.getByTestId('webhook-row').waitFor();

    ann = await sdkUser({ url: stack.gatewayUrl, socketUrl: stack.routerUrls[0]! }, 'ann@hooks-browser.test');
    const ben = await sdkUser({ url: stack.gatewayUrl, socketUrl: stack.routerUrls[0]! }, 'ben@hooks-browser.test');
    const { roomId } = await ann.api.rooms.create('hooks', [ben.userId!]);
    ben.close();
    await ann.connect();
    await ann.send(roomId, 'to a receiver that is down');

    await page.getByTestId('webhook-deliveries').click();
    await page.getByTestId('dead-only').check();
    const dead = page.locator('[data-testid="delivery-row"][data-status="dead"]');
    await expect.poll(async () => {
      await page.getByTestId('delivery-log').getByRole('button', { name: 'Refresh' }).click();
      return dead.count();
    }, { timeout: 15_000 }).toBe(1);
    await page.screenshot({ path: join(root, 'docs/screenshots/12-webhooks.png'), fullPage: true });

    failing = false;
    await page.getByTestId('delivery-retry').click();
    await expect.poll(() => dead.count()).toBe(0);
    expect(delivered).toBe(1);
  }, 90_000);
});

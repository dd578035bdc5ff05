import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatClient } from '@chat/client';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startStack, type Stack } from '@chat/testing/stack.ts';

/**
 * The demo chat page (/app/, built on @chat/client) in Debian's Chromium: two
 * users in two browser contexts, each page on its own router, sign up, make a
 * room, exchange messages live with typing and unread counts; one goes
 * offline, the other keeps writing, and the first comes back to every
 * missed message, once and in order. Screens are saved under docs/screenshots/.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const appDist = join(root, 'packages/demo-app/dist');
const shots = join(root, 'docs/screenshots');
const PASSWORD = 'correct horse battery staple';
const UI_TIMEOUT = 15_000;

let env: TestEnv;
let stack: Stack;
let browser: Browser;
const contexts: BrowserContext[] = [];
const consoleErrors: string[] = [];
let ann: Page;
let ben: Page;

async function openPage(socketUrl: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 700 } });
  context.setDefaultTimeout(UI_TIMEOUT);
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  await page.goto(`${stack.gatewayUrl}/app/?socket=${encodeURIComponent(socketUrl)}`);
  return { context, page };
}

async function signUp(page: Page, email: string): Promise<string> {
  await page.getByTestId('auth-email').fill(email);
  await page.getByTestId('auth-password').fill(PASSWORD);
  await page.getByTestId('auth-signup').click();
  return (await page.getByTestId('my-id').textContent({ timeout: UI_TIMEOUT }))!;
}

const texts = (page: Page) => page.getByTestId('message').locator('.text').allTextContents();
const shoot = (page: Page, name: string) => page.screenshot({ path: join(shots, name) });

beforeAll(async () => {
  // The gateway looks for the build when it starts, so build first.
  if (!existsSync(join(appDist, 'index.html'))) execFileSync('pnpm', ['--filter', '@chat/demo-app', 'build'], { cwd: root, stdio: 'inherit' });
  mkdirSync(shots, { recursive: true });
  env = await createTestEnv();
  stack = await startStack(env, { routers: 2 });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.close();
  await env?.cleanup();
});

describe('the demo chat page in a browser', () => {
  let benContext: BrowserContext;

  it('two users sign up, make a room and talk live, with typing and unread counts', async () => {
    ({ page: ann } = await openPage(stack.routerUrls[0]!));
    await shoot(ann, 'app-01-sign-up.png');
    await signUp(ann, 'ann@demo.test');
    ({ page: ben, context: benContext } = await openPage(stack.routerUrls[1]!));
    await signUp(ben, 'ben@demo.test');

    // Found by email through the directory (GET /users?search=).
    await ann.getByTestId('new-room-name').fill('Lunch');
    await ann.getByTestId('new-room-with').fill('ben@demo.test');
    await ann.getByTestId('new-room-create').click();
    await ann.getByTestId('room-title').filter({ hasText: 'Lunch' }).waitFor();
    await ann.getByTestId('composer').fill('hi Ben, lunch at noon?');
    await ann.getByTestId('send').click();

    // Ben was added live: the room appears with one unread message.
    await expect.poll(() => ben.getByTestId('unread-Lunch').textContent(), { timeout: UI_TIMEOUT }).toBe('1');
    await shoot(ben, 'app-02-unread.png');
    await ben.getByTestId('room-Lunch').click();
    await expect.poll(() => texts(ben), { timeout: UI_TIMEOUT }).toEqual(['hi Ben, lunch at noon?']);
    await expect.poll(() => ben.getByTestId('unread-Lunch').count()).toBe(0);

    await ben.getByTestId('composer').pressSequentially('sure');
    await expect.poll(() => ann.getByTestId('typing').textContent(), { timeout: UI_TIMEOUT }).toMatch(/is typing/);
    await shoot(ann, 'app-03-typing.png');
    await ben.getByTestId('send').click();
    await expect.poll(() => texts(ann), { timeout: UI_TIMEOUT }).toEqual(['hi Ben, lunch at noon?', 'sure']);
  }, 90_000);

  it('a user who goes offline sees the reconnect banner, and comes back to every missed message once, in order', async () => {
    await benContext.setOffline(true);
    await ben.getByTestId('banner').waitFor({ state: 'visible' });
    await shoot(ben, 'app-04-offline.png');
    for (const text of ['where are you?', 'the usual place', 'ordering for you']) {
      await ann.getByTestId('composer').fill(text);
      await ann.getByTestId('send').click();
    }
    await expect.poll(() => texts(ann), { timeout: UI_TIMEOUT }).toHaveLength(5);
    expect(await texts(ben)).toEqual(['hi Ben, lunch at noon?', 'sure']);

    await benContext.setOffline(false);
    await ben.getByTestId('banner').waitFor({ state: 'hidden', timeout: 30_000 });
    const all = ['hi Ben, lunch at noon?', 'sure', 'where are you?', 'the usual place', 'ordering for you'];
    await expect.poll(() => texts(ben), { timeout: UI_TIMEOUT }).toEqual(all);
    await shoot(ben, 'app-05-caught-up.png');
    await ann.screenshot({ path: join(shots, 'app-06-room.png') });
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it('a reload resumes the session, and scrolling up loads older messages', async () => {
    // Forty more, from Ann's account through the SDK, so the room holds more than one page of history.
    const sdk = createChatClient({ url: stack.gatewayUrl, socketUrl: stack.routerUrls[0]! });
    await sdk.login('ann@demo.test', PASSWORD);
    await sdk.connect();
    const { rooms } = await sdk.api.rooms.list();
    for (let i = 1; i <= 40; i++) await sdk.send(rooms[0]!._id, `page ${i}`);
    sdk.close();

    await ben.reload();
    await ben.getByTestId('room-Lunch').click();
    await expect.poll(() => texts(ben), { timeout: UI_TIMEOUT }).toHaveLength(30);
    expect((await texts(ben)).at(-1)).toBe('page 40');
    await ben.getByTestId('messages').evaluate((list) => list.scrollTo(0, 0));
    await expect.poll(() => texts(ben), { timeout: UI_TIMEOUT }).toHaveLength(45);
    expect((await texts(ben)).slice(0, 2)).toEqual(['hi Ben, lunch at noon?', 'sure']);
  }, 60_000);
});

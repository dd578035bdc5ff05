import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { startStack, type Stack } from '@chat/testing/stack.ts';

/**
 * The "done when", in a real browser: Debian's Chromium driven by
 * playwright-core against the gateway's /admin/ page on a real port, with the
 * whole stack behind it. An admin logs in, creates a user and a room, a user
 * sends a message over Socket.IO, the room view shows it without a reload,
 * and the admin deletes it. Each screen is saved under docs/screenshots/.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const panelDist = join(root, 'packages/admin-panel/dist');
const shots = join(root, 'docs/screenshots');
const ADMIN = { MASTER_KEY: 'browser-master-key', ADMIN_EMAIL: 'admin@browser.test', ADMIN_PASSWORD: 'admin password' };
const ANN = { email: 'ann@browser.test', password: 'ann password 1' };
const ROOM_NAME = 'Tutorial room';
const TEXT = 'Hello from Socket.IO';
/** Polling, rendering and a loaded test machine: generous, but a hang still fails. */
const UI_TIMEOUT = 15_000;

let env: TestEnv;
let stack: Stack;
let browser: Browser;
let page: Page;
let socket: Socket | undefined;
const socketEvents: { event: string; payload: Record<string, unknown> }[] = [];
const consoleErrors: string[] = [];
let roomId: string;
let messageId: string;

const byTestId = (id: string) => page.getByTestId(id);
const shoot = (name: string) => page.screenshot({ path: join(shots, name), fullPage: true });

beforeAll(async () => {
  // The gateway looks for the build when it starts, so build first.
  if (!existsSync(join(panelDist, 'index.html'))) {
    execFileSync('pnpm', ['--filter', '@chat/admin-panel', 'build'], { cwd: root, stdio: 'inherit' });
  }
  mkdirSync(shots, { recursive: true });
  env = await createTestEnv();
  stack = await startStack(env, { env: ADMIN });
  await stack.registerAndLogin('zoe@browser.test');
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(UI_TIMEOUT);
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
}, 180_000);

afterAll(async () => {
  socket?.close();
  await browser?.close();
  await stack?.close();
  await env?.cleanup();
});

describe('the admin panel in a browser', () => {
  it('logs in with the master key and the admin credentials', async () => {
    await page.goto(`${stack.gatewayUrl}/admin/`);
    await byTestId('login-masterkey').fill(ADMIN.MASTER_KEY);
    await byTestId('login-email').fill(ADMIN.ADMIN_EMAIL);
    await byTestId('login-password').fill(ADMIN.ADMIN_PASSWORD);
    await shoot('01-login.png');
    await byTestId('login-submit').click();
    await byTestId('nav-rooms').waitFor();
    await byTestId('list-empty').waitFor();
    await shoot('02-rooms-empty.png');
  });

  it('creates a user, who then appears in the user list', async () => {
    await byTestId('nav-users').click();
    await byTestId('user-list').waitFor();
    await byTestId('create-user-email').fill(ANN.email);
    await byTestId('create-user-password').fill(ANN.password);
    await byTestId('create-user-submit').click();
    await expect.poll(() => byTestId('notice-success').textContent(), { timeout: UI_TIMEOUT }).toContain(`User ${ANN.email} created.`);
    await byTestId('user-row').filter({ hasText: ANN.email }).waitFor();
    await shoot('03-users.png');
    const { users } = await stack.authClient.ListUsers({ search: ANN.email, skip: 0, limit: 10 });
    expect(users.map((u) => u.email)).toEqual([ANN.email]);
  });

  it('creates a room with two users, which then appears in the room list', async () => {
    await byTestId('nav-rooms').click();
    await byTestId('create-room-name').fill(ROOM_NAME);
    for (const email of [ANN.email, 'zoe@browser.test']) {
      await byTestId('user-picker-search').fill(email);
      await page.getByRole('button', { name: `Add ${email}` }).click();
      await byTestId('user-picker-selected').filter({ hasText: email }).waitFor();
    }
    await shoot('04-create-room.png');
    await byTestId('create-room-submit').click();
    await expect.poll(() => byTestId('notice-success').textContent(), { timeout: UI_TIMEOUT }).toContain(`Room “${ROOM_NAME}” created.`);
    const row = byTestId('room-row').filter({ hasText: ROOM_NAME });
    await row.waitFor();
    expect(await row.getByTestId('room-participant-count').textContent()).toContain('2');
    roomId = (await row.getAttribute('data-room-id'))!;
    await shoot('05-rooms.png');
    const room = await stack.chatClient.AdminGetRoom({ admin_id: '', room_id: roomId });
    expect(room.name).toBe(ROOM_NAME);
    expect(room.participants).toHaveLength(2);
  });

  it('opens the room view: participants and an empty, live message list', async () => {
    await byTestId('room-row').filter({ hasText: ROOM_NAME }).getByTestId('room-link').click();
    await expect.poll(() => byTestId('room-name').textContent(), { timeout: UI_TIMEOUT }).toBe(ROOM_NAME);
    await expect.poll(() => byTestId('participant-row').count(), { timeout: UI_TIMEOUT }).toBe(2);
    await byTestId('message-list-empty').waitFor();
    await expect.poll(() => byTestId('live-indicator').textContent(), { timeout: UI_TIMEOUT }).toContain('updated');
    await shoot('06-room.png');
  });

  it("shows a message sent over Socket.IO in the open room view, without reloading", async () => {
    // A marker that only survives if the page is never reloaded.
    await page.evaluate(() => void Object.assign(window, { __notReloaded: true }));
    const session = await fetch(`${stack.gatewayUrl}/authentication/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ANN),
    }).then((r) => r.json() as Promise<{ accessToken: string }>);
    socket = io(`${stack.routerUrls[0]}/chat`, {
      path: '/realtime',
      transports: ['websocket'],
      extraHeaders: { Authorization: `Bearer ${session.accessToken}` },
      reconnection: false,
    });
    socket.onAny((event: string, payload: Record<string, unknown>) => socketEvents.push({ event, payload }));
    await new Promise<void>((resolve, reject) => {
      socket!.once('connect', resolve);
      socket!.once('connect_error', reject);
    });
    const stored = (await socket.timeout(10_000).emitWithAck('message', roomId, TEXT)) as { _id: string; content: string };
    expect(stored).toMatchObject({ content: TEXT, room: roomId });
    messageId = stored._id;

    const item = page.locator(`[data-testid="message-item"][data-message-id="${messageId}"]`);
    await item.waitFor();
    expect(await item.getByTestId('message-content').textContent()).toBe(TEXT);
    expect(await item.getByTestId('message-sender').textContent()).toBe(ANN.email);
    expect(await page.evaluate(() => '__notReloaded' in window)).toBe(true);
    await shoot('07-room-live-message.png');
  });

  it('deletes the message after a confirmation: gone from the page, the history and for the sockets', async () => {
    const item = page.locator(`[data-testid="message-item"][data-message-id="${messageId}"]`);
    await item.hover();
    await item.getByTestId('message-delete').click();
    await byTestId('confirm-dialog').waitFor({ state: 'visible' });
    await shoot('08-delete-confirm.png');
    await byTestId('confirm-ok').click();
    await item.waitFor({ state: 'detached' });
    await byTestId('message-list-empty').waitFor();
    await expect.poll(() => byTestId('notice-success').textContent(), { timeout: UI_TIMEOUT }).toContain('deleted');
    await shoot('09-message-deleted.png');

    const history = await stack.chatClient.AdminListMessages({ room_id: roomId, limit: 10, before_seq: 0 });
    expect([history.messages, history.count]).toEqual([[], '0']);
    await waitFor("the sender's socket to get message-deleted", () =>
      socketEvents.some((e) => e.event === 'message-deleted' && e.payload.messageId === messageId) ? true : undefined,
    );
  });

  it('lists the admin actions in the audit log', async () => {
    await byTestId('nav-audit').click();
    await byTestId('audit-list').waitFor();
    await expect.poll(() => byTestId('audit-row').count(), { timeout: UI_TIMEOUT }).toBe(3);
    const rows = await byTestId('audit-row').allTextContents();
    expect(rows.join('\n')).toMatch(/message\.delete[\s\S]*room\.create[\s\S]*user\.create/);
    await shoot('10-audit.png');
  });

  it('shows the live system page: sockets, messages/s and delivery latency moving as messages are sent', async () => {
    await byTestId('nav-system').click();
    await byTestId('system-tiles').waitFor();
    // Ann's socket from above is connected.
    await expect.poll(async () => Number(await byTestId('system-sockets-value').textContent()), { timeout: UI_TIMEOUT }).toBeGreaterThanOrEqual(1);
    // A room of Ann's own, so the tutorial room stays empty for the screens after this one.
    const ann = (await fetch(`${stack.gatewayUrl}/authentication/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ANN),
    }).then((r) => r.json())) as { accessToken: string };
    const { roomId: busyRoom } = (await fetch(`${stack.gatewayUrl}/chat/rooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ann.accessToken}` },
      body: JSON.stringify({ roomName: 'Busy room', users: [(await stack.registerAndLogin('sam@browser.test')).userId] }),
    }).then((r) => r.json())) as { roomId: string };
    expect(busyRoom).toBeTruthy();
    // Messages for a few refreshes, so one interval holds some: it then shows a rate and the send → ack quantiles.
    const sending = (async () => {
      for (let i = 0; i < 12; i++) {
        await socket!.timeout(10_000).emitWithAck('message', busyRoom, `system ${i}`);
        await new Promise((r) => setTimeout(r, 500));
      }
    })();
    await expect.poll(async () => Number(await byTestId('system-messages-value').textContent()), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
    expect(await byTestId('system-p50-value').textContent()).toMatch(/^[\d.]+ ms$/);
    expect(await byTestId('system-p99-value').textContent()).toMatch(/^[\d.]+ ms$/);
    expect(await byTestId('system-outbox-value').textContent()).toMatch(/^[\d.]+ s$/);
    expect(await byTestId('system-errors-value').textContent()).toMatch(/^[\d.]+$/);
    await byTestId('system-router').first().waitFor();
    await sending;
    await shoot('12-system.png');
  }, 60_000);

  it('fits a phone-width screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${stack.gatewayUrl}/admin/#/rooms/${roomId}`);
    await expect.poll(() => byTestId('room-name').textContent(), { timeout: UI_TIMEOUT }).toBe(ROOM_NAME);
    await byTestId('message-list-empty').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shoot('11-room-phone.png');
  });

  it('logged no error in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});

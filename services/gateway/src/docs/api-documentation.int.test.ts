import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';

interface Operation {
  summary?: string;
  tags?: string[];
  requestBody?: { content: Record<string, { example?: unknown; examples?: unknown }> };
  responses: Record<string, { content?: Record<string, { example?: unknown; examples?: unknown }> }>;
}

let env: TestEnv;
let stack: TestStack;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env);
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

const hasExample = (media: { example?: unknown; examples?: unknown } | undefined) => media?.example !== undefined || media?.examples !== undefined;

describe('the API documentation', () => {
  it('every route of the OpenAPI description has a summary, tags, and examples of its body and its answer', async () => {
    const doc = (await stack.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, Operation>> };
    const missing: string[] = [];
    let operations = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        operations++;
        const name = `${method.toUpperCase()} ${path}`;
        if (!op.summary) missing.push(`${name}: summary`);
        if (!op.tags?.length) missing.push(`${name}: tags`);
        if (op.requestBody && !hasExample(op.requestBody.content['application/json'])) missing.push(`${name}: body example`);
        const ok = op.responses['200']?.content?.['application/json'];
        if (ok && !hasExample(ok)) missing.push(`${name}: answer example`);
      }
    }
    expect(operations).toBeGreaterThan(30);
    expect(missing).toEqual([]);
    // The tutorial's routes carry written examples, not only ones built from the schema.
    const createRoom = doc.paths['/chat/rooms']!.post!;
    expect(createRoom.requestBody!.content['application/json']!.example).toEqual({ roomName: 'lunch', users: [expect.any(String)] });
  });

  it('Swagger UI is served at /documentation with a CSP that lets its own scripts run', async () => {
    const page = await stack.app.inject({ method: 'GET', url: '/documentation/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('swagger');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    // The API's own answers keep the API's CSP.
    const health = await stack.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(health.headers['content-security-policy']).toContain("default-src 'none'");
  });
});

import { createTemplate, dropTemplate } from './databases.ts';

// Vitest global setup: migrate the template once; each test file copies it.
export async function setup(): Promise<void> {
  await createTemplate();
}

export async function teardown(): Promise<void> {
  await dropTemplate();
}

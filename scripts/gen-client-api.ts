// Regenerates packages/client/src/generated/openapi.ts from the gateway's
// OpenAPI description; tests/client-api.test.ts fails while it is out of date.
// Needs the test suite's Postgres and Redis (the gateway is run to ask it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTemplate, dropTemplate } from '@chat/testing';
import { CLIENT_API_TYPES, clientApiTypes, gatewayOpenApi } from './client-api.ts';

const path = fileURLToPath(CLIENT_API_TYPES);
await createTemplate();
try {
  const types = await clientApiTypes(await gatewayOpenApi());
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, types);
} finally {
  await dropTemplate();
}
console.log(`wrote ${path}`);
process.exit(0);

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_API_TYPES, clientApiTypes, gatewayOpenApi } from '../scripts/client-api.ts';

/** The types without their doc comments (summaries, examples): a changed summary alone cannot make the SDK drift. */
const typesOnly = (source: string) => source.replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/^\s*\n/gm, '');

describe("the SDK's HTTP types", () => {
  it("are generated from the gateway's current OpenAPI description (run `pnpm gen:client` after changing a route)", async () => {
    const fresh = await clientApiTypes(await gatewayOpenApi());
    const committed = readFileSync(CLIENT_API_TYPES, 'utf8');
    expect(typesOnly(committed) === typesOnly(fresh), 'packages/client/src/generated/openapi.ts is out of date: run `pnpm gen:client`').toBe(true);
  }, 180_000);
});

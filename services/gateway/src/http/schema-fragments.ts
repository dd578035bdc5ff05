// JSON-schema pieces the user routes (chat/, people/) and the admin API
// (admin/) share, written once so that the two descriptions of the same
// input cannot drift apart. Each object keeps its key order: the OpenAPI
// description is built from them as they are.

export const uuid = { type: 'string', format: 'uuid' } as const;

export const idParams = { type: 'object', required: ['id'], properties: { id: uuid } } as const;

/** A room's event seq, as a cursor (`since`, `before`, `after`) or a read marker. */
export const seq = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER } as const;

export const skip = { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 } as const;

export const limit = (maximum: number, defaultLimit: number) => ({ type: 'integer', minimum: 1, maximum, default: defaultLimit }) as const;

/** User ids in one request, at most `maxItems` (GATEWAY_MAX_USERS_PER_REQUEST). */
export const userIds = (maxItems: number) => ({ type: 'array', minItems: 1, maxItems, items: uuid }) as const;

/** A new room's body, the same for a user (POST /chat/rooms) and an admin (POST /admin/rooms). */
export const roomCreationBody = (maxUsers: number) =>
  ({
    type: 'object',
    required: ['roomName', 'users'],
    additionalProperties: false,
    properties: { roomName: { type: 'string', minLength: 1, maxLength: 200 }, users: userIds(maxUsers) },
  }) as const;

/** How many events one page of a room's timeline holds. */
export const eventsLimit = limit(500, 100);

import { uuid } from '../http/schema-fragments.ts';

// Request and answer parts of the user chat routes (chat/, room-members); the ones admin/ shares are in http/schema-fragments.ts.

export const roomParams = { type: 'object', required: ['roomId'], properties: { roomId: uuid } } as const;

/** The tutorial's `{"result": "…"}` answers. */
export const okResult = { 200: { type: 'object', required: ['result'], properties: { result: { type: 'string' } } } } as const;

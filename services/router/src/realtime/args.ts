import { invalid } from '@chat/common';

/**
 * Arity and type checks for client event arguments. Messages name the
 * argument by name and position, as a Postman user lays them out.
 */
export function requireArity(event: string, args: unknown[], names: string[], required = names.length): void {
  if (args.length < required || args.length > names.length) {
    const expected = required === names.length ? `${names.length}` : `${required} to ${names.length}`;
    throw invalid(`${event} takes ${expected} argument(s) (${names.join(', ')}), got ${args.length}`);
  }
}

export function requireString(name: string, position: number, value: unknown): string {
  if (typeof value !== 'string') throw invalid(`${name} (argument ${position}) must be a string`);
  return value;
}

/** A room id: a non-empty string. Whether it is a room, and the caller's, is chat-core's answer. */
export function requireRoomId(position: number, value: unknown): string {
  const roomId = requireString('roomId', position, value);
  if (roomId.trim() === '') throw invalid(`roomId (argument ${position}) must not be empty`);
  return roomId;
}

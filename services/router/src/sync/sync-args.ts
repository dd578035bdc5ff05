import { invalid } from '@chat/common';
import { requireArity, requireRoomId } from '../realtime/args.ts';

export interface SyncArgs {
  roomId: string;
  /** The last seq the client saw in the room; 0: from the beginning. */
  since: number;
}

/** `sync` [{roomId, since}] or [roomId, since]; a missing since means from the beginning. */
export function parseSyncArgs(args: unknown[]): SyncArgs {
  const first = args[0];
  if (typeof first === 'object' && first !== null && !Array.isArray(first)) {
    requireArity('sync', args, ['{roomId, since}']);
    const { roomId, since } = first as Record<string, unknown>;
    if (typeof roomId !== 'string' || roomId.trim() === '') throw invalid('roomId (argument 1) must be a non-empty string');
    return { roomId, since: parseSince('since (argument 1)', since) };
  }
  requireArity('sync', args, ['roomId', 'since'], 1);
  return { roomId: requireRoomId(1, first), since: parseSince('since (argument 2)', args[1]) };
}

/** A seq arrives as a number, or as a string when the client kept it as one (seqs are int64 on the wire). */
function parseSince(name: string, value: unknown): number {
  if (value === undefined || value === null) return 0;
  const since = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof since !== 'number' || !Number.isSafeInteger(since) || since < 0) throw invalid(`${name} must be a non-negative integer`);
  return since;
}

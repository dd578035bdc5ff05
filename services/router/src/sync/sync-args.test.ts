import { describe, expect, it } from 'vitest';
import { parseSyncArgs } from './sync-args.ts';

const room = '6f1c2a52-0d1e-4a59-9a0f-0c0f5a0e3c11';

describe('parseSyncArgs', () => {
  it.each([
    [[{ roomId: room, since: 7 }], 7],
    [[room, 7], 7],
    [[room, '7'], 7],
    [[room], 0],
    [[{ roomId: room }], 0],
    [[room, null], 0],
  ])('reads %j as since %i', (args, since) => {
    expect(parseSyncArgs(args)).toEqual({ roomId: room, since });
  });

  it.each([
    [[], 'sync takes 1 to 2 argument(s) (roomId, since), got 0'],
    [[room, -1], 'since (argument 2) must be a non-negative integer'],
    [[room, 1.5], 'since (argument 2) must be a non-negative integer'],
    [[room, '7a'], 'since (argument 2) must be a non-negative integer'],
    [[{ roomId: room, since: 'x' }], 'since (argument 1) must be a non-negative integer'],
    [[{ since: 1 }], 'roomId (argument 1) must be a non-empty string'],
    [[{ roomId: room }, 3], 'sync takes 1 argument(s) ({roomId, since}), got 2'],
    [[5, 1], 'roomId (argument 1) must be a string'],
  ])('refuses %j', (args, message) => {
    expect(() => parseSyncArgs(args)).toThrow(message);
  });
});

import { describe, expect, it } from 'vitest';
import { Round, type Delivery } from './round.ts';

const ROOM = 'room-1';
const MEMBERS = [0, 1, 2];

function delivery(nonce: string, seq: number): Delivery {
  return { nonce, room: ROOM, order: seq, orderKey: ROOM, seq };
}

/** Sends `nonce` from socket 0 at `at` ms. */
function sent(r: Round, nonce: string, at = 0): void {
  r.onSend(nonce, ROOM, 0, MEMBERS, at);
}

function deliverToAll(r: Round, nonce: string, seq: number, at: number): void {
  for (const socket of MEMBERS) r.onDelivery(socket, delivery(nonce, seq), at);
}

describe('a round of sends', () => {
  it('counts a stored, delivered message as clean', () => {
    const r = new Round('ours', new Map());
    sent(r, 'a');
    expect(r.onAck('a', 3, { kind: 'stored', seq: 1 })).toBeUndefined();
    deliverToAll(r, 'a', 1, 5);
    expect(r.settled()).toBe(true);
    const { integrity, answers, ackLatency } = r.finish();
    expect(integrity).toMatchObject({ missing: 0, duplicates: 0, refusedDelivered: 0, outOfSendOrder: 0 });
    expect(answers).toMatchObject({ codes: { stored: 1 }, refused: 0, timeouts: 0 });
    expect(ackLatency.p50).toBe(3);
  });

  it('takes any error but OUTCOME_UNKNOWN as a refusal, times it, and flags one that was delivered anyway', () => {
    const r = new Round('ours', new Map());
    sent(r, 'a', 0);
    sent(r, 'b', 10);
    r.onAck('a', 4, { kind: 'error', code: 'RESOURCE_EXHAUSTED', detail: 'busy', retryAfter: 1 });
    r.onAck('b', 5010, { kind: 'error', code: 'UNAVAILABLE', detail: 'deadline' });
    r.onDelivery(1, delivery('b', 7), 5020);
    const { integrity, answers } = r.finish();
    expect(answers.codes).toEqual({ RESOURCE_EXHAUSTED: 1, UNAVAILABLE: 1 });
    expect(answers.refused).toBe(2);
    expect(answers.refusalLatency).toMatchObject({ count: 2, p50: 4, max: 5000 });
    expect(integrity.refusedDelivered).toBe(1);
    expect(integrity.examples[0]).toContain('refused (UNAVAILABLE) yet reached 1 members');
    expect(r.refusedMessages()).toEqual([[ROOM, 'a', 0], [ROOM, 'b', 0]]);
  });

  it('resends an OUTCOME_UNKNOWN with the same nonce until it is stored, and holds the result to the same checks', () => {
    const r = new Round('ours', new Map());
    sent(r, 'a');
    const wait = r.onAck('a', 2, { kind: 'error', code: 'OUTCOME_UNKNOWN', detail: 'lost' });
    expect(wait).toBeGreaterThan(0);
    expect(r.isResolving('a')).toBe(true);
    expect(r.settled()).toBe(false);
    // A refusal of the resend says nothing of the first attempt: resend again, after its hint.
    expect(r.onAck('a', 60, { kind: 'error', code: 'RESOURCE_EXHAUSTED', detail: 'busy', retryAfter: 0.5 })).toBe(500);
    r.onAck('a', 600, { kind: 'stored', seq: 4 });
    deliverToAll(r, 'a', 4, 601);
    const { integrity, answers } = r.finish();
    expect(answers.unknown).toEqual({ count: 1, resolvedStored: 1, unresolved: 0, resends: 2 });
    expect(answers.refused).toBe(0);
    expect(answers.codes).toEqual({ OUTCOME_UNKNOWN: 1 });
    expect(r.ackedMessages()).toEqual([[ROOM, 'a', 4, 0]]);
    expect(integrity.missing).toBe(0);
  });

  it('leaves an outcome never learnt out of judgement, but lists it', () => {
    const r = new Round('ours', new Map());
    sent(r, 'a');
    sent(r, 'b');
    r.onAck('a', 10_000, { kind: 'timeout' });
    r.onAck('b', 5, { kind: 'error', code: 'OUTCOME_UNKNOWN', detail: 'lost' });
    const { answers, integrity } = r.finish();
    expect(answers.timeouts).toBe(1);
    expect(answers.unknown.unresolved).toBe(1);
    expect(r.isResolving('b')).toBe(false);
    expect(r.unsettledMessages()).toEqual([[ROOM, 'a', 'timeout', 0], [ROOM, 'b', 'OUTCOME_UNKNOWN', 0]]);
    expect(integrity.refusedDelivered + integrity.missing).toBe(0);
  });

  it("catches a sender's messages stored out of the order it sent them, even when acks come back in order", () => {
    const r = new Round('ours', new Map());
    sent(r, 'a');
    sent(r, 'b');
    sent(r, 'c');
    r.onAck('a', 1, { kind: 'stored', seq: 1 });
    r.onAck('b', 2, { kind: 'stored', seq: 3 });
    r.onAck('c', 3, { kind: 'stored', seq: 2 });
    expect(r.finish().integrity.outOfSendOrder).toBe(1);
  });
});

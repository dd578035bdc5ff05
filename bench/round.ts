import { OUTCOME_UNKNOWN, RESOURCE_EXHAUSTED, type Answers, type Integrity, type Percentiles, type Target } from './harness-protocol.ts';
import { Samples } from './percentiles.ts';

/**
 * pending: sent, no answer yet; resolving: answered OUTCOME_UNKNOWN, resent;
 * the rest are final: stored; refused (any error but OUTCOME_UNKNOWN: nothing
 * may be stored or delivered, whatever the code); failed (no answer in time,
 * or still unknown after the resends: not judged).
 */
type State = 'pending' | 'resolving' | 'stored' | 'refused' | 'failed';

/** One message sent in a round, and what became of it. */
interface Sent {
  room: string;
  sender: number;
  /** The first attempt: latencies are the client's, resends included. */
  sentAt: number;
  members: number[];
  /** got[i]: members[i] has received it. */
  got: Uint8Array;
  gotCount: number;
  state: State;
  /** The code of the final error answer, for the unsettled list. */
  code: string | undefined;
  resends: number;
  ackedSeq: number | undefined;
  deliveredSeq: number | undefined;
}

/** What the sender heard back for one attempt. */
export type AckAnswer = { kind: 'stored'; seq?: number } | { kind: 'error'; code: string; detail: string; retryAfter?: number } | { kind: 'timeout' };

/** What a receiver sees of a delivered message. */
export interface Delivery {
  nonce: string;
  room: string;
  /** Ours: the room's seq; baseline: the sender's per-room counter. */
  order: number;
  /** Order is per room (ours) or per room and sender (baseline). */
  orderKey: string;
  seq: number | undefined;
}

const MAX_EXAMPLES = 8;
/** Resends of a message whose outcome is unknown before the harness gives up on it (as a patient client would not). */
const MAX_RESENDS = 8;

/**
 * The bookkeeping of one round of sends (a warm-up or a measured step): who must
 * receive what, exactly once and in order; which sends were refused, and that
 * no refused one reached anyone. The order state outlives a round, so a reorder
 * across two steps is still caught.
 */
export class Round {
  readonly messages = new Map<string, Sent>();
  readonly latency = new Samples();
  readonly ackLatency = new Samples();
  readonly refusalLatency = new Samples();
  readonly integrity: Integrity = { missing: 0, duplicates: 0, reordered: 0, mismatched: 0, leaked: 0, outOfSendOrder: 0, refusedDelivered: 0, examples: [] };
  readonly codes: Record<string, number> = {};
  readonly details: Record<string, string> = {};
  sent = 0;
  acked = 0;
  refused = 0;
  unknown = { count: 0, resolvedStored: 0, unresolved: 0, resends: 0 };
  timeouts = 0;
  unsent = 0;
  deliveries = 0;
  /** Deliveries of a message this round did not send (a late one from an earlier round). */
  strays = 0;
  errorExamples: string[] = [];
  /** Sends without a final answer, and receipts acknowledged messages still owe: settled() without a scan. */
  private unanswered = 0;
  private owedReceipts = 0;

  constructor(
    readonly target: Target,
    private readonly lastOrder: Map<string, number>,
  ) {}

  onSend(nonce: string, room: string, sender: number, members: number[], sentAt: number): void {
    this.sent++;
    this.unanswered++;
    this.messages.set(nonce, {
      room, sender, sentAt, members, got: new Uint8Array(members.length), gotCount: 0,
      state: 'pending', code: undefined, resends: 0, ackedSeq: undefined, deliveredSeq: undefined,
    });
  }

  /** Records an attempt's answer; returns the ms to wait before resending the same nonce, or undefined. */
  onAck(nonce: string, at: number, answer: AckAnswer): number | undefined {
    const m = this.messages.get(nonce);
    if (!m || (m.state !== 'pending' && m.state !== 'resolving')) return undefined;
    const first = m.state === 'pending';
    const code = answer.kind === 'stored' ? 'stored' : answer.kind === 'timeout' ? 'timeout' : answer.code;
    if (first) this.codes[code] = (this.codes[code] ?? 0) + 1;
    if (answer.kind === 'error') this.details[code] ??= answer.detail;
    if (answer.kind === 'stored') {
      if (!first) this.unknown.resolvedStored++;
      this.stored(nonce, m, at, answer.seq);
      return undefined;
    }
    // An unknown outcome is resolved the way a client would: the same nonce again until it is stored. A refusal or
    // an error on a resend says nothing of the first attempt, so it only delays the next resend.
    if (code === OUTCOME_UNKNOWN || !first) {
      if (first) this.unknown.count++;
      if (m.resends < MAX_RESENDS) {
        m.state = 'resolving';
        m.resends++;
        this.unknown.resends++;
        const hinted = answer.kind === 'error' && answer.retryAfter !== undefined ? answer.retryAfter * 1000 : 0;
        return Math.min(1000, Math.max(hinted, 25 * 2 ** m.resends));
      }
      this.unknown.unresolved++;
      this.fail(m, OUTCOME_UNKNOWN, `${nonce} (room ${m.room}): outcome still unknown after ${m.resends} resends`);
      return undefined;
    }
    if (answer.kind === 'timeout') {
      this.timeouts++;
      this.fail(m, code, `no answer in time in room ${m.room}`);
      return undefined;
    }
    // Any other error is a refusal: the client was told it failed, so nothing may have been stored or delivered.
    m.state = 'refused';
    m.code = code;
    this.unanswered--;
    this.refused++;
    this.refusalLatency.push(at - m.sentAt);
    this.errorExample(`refused in room ${m.room}: ${code}: ${answer.detail}`);
    return undefined;
  }

  /** Whether a resend is still wanted: false once finish() gave up on the message. */
  isResolving(nonce: string): boolean {
    return this.messages.get(nonce)?.state === 'resolving';
  }

  onDelivery(socket: number, d: Delivery, at: number): void {
    this.deliveries++;
    const m = this.messages.get(d.nonce);
    if (!m) {
      this.strays++;
      this.checkOrder(socket, d);
      return;
    }
    const position = m.members.indexOf(socket);
    if (position < 0) {
      this.integrity.leaked++;
      this.problem(`socket ${socket} is no member of room ${d.room} but received ${d.nonce}`);
      return;
    }
    if (m.got[position]) {
      this.integrity.duplicates++;
      this.problem(`socket ${socket} received ${d.nonce} (room ${d.room}) twice`);
      return;
    }
    m.got[position] = 1;
    m.gotCount++;
    if (m.state === 'stored') this.owedReceipts--;
    this.checkOrder(socket, d);
    if (socket !== m.sender) this.latency.push(at - m.sentAt);
    if (d.seq !== undefined) {
      if (m.deliveredSeq === undefined) m.deliveredSeq = d.seq;
      else if (m.deliveredSeq !== d.seq) this.mismatch(d.nonce, m);
      if (m.ackedSeq !== undefined && m.ackedSeq !== d.seq) this.mismatch(d.nonce, m);
    }
  }

  /** Grows with every answer and delivery: the drain waits while it moves. */
  progress(): number {
    return this.deliveries + this.acked + this.refused + this.timeouts + this.unknown.resends + this.unknown.unresolved;
  }

  /** True once every send has its final answer and every acknowledged message reached every member. */
  settled(): boolean {
    return this.unanswered === 0 && this.owedReceipts === 0;
  }

  /** Counts what never arrived, what arrived though refused, and the senders' order; call once, after the drain. */
  finish(): { latency: Percentiles; ackLatency: Percentiles; integrity: Integrity; answers: Answers } {
    /** Per sender and room: the seq of its previous stored message, in send order (the map's order). */
    const lastSeqOfSender = new Map<string, number>();
    for (const [nonce, m] of this.messages) {
      if (m.state === 'pending' || m.state === 'resolving') {
        // No final answer by the end of the drain: its outcome is not known.
        if (m.state === 'pending') this.timeouts++;
        else this.unknown.unresolved++;
        this.fail(m, m.state === 'pending' ? 'timeout' : OUTCOME_UNKNOWN, `${nonce} (room ${m.room}): no final answer by the end of the drain`);
      }
      if (m.state === 'refused' && m.gotCount > 0) {
        this.integrity.refusedDelivered++;
        this.problem(`${nonce} (room ${m.room}) was refused (${m.code}) yet reached ${m.gotCount} members`);
      }
      if (m.state !== 'stored') continue;
      m.got.forEach((got, i) => {
        if (got) return;
        this.integrity.missing++;
        this.problem(`socket ${m.members[i]} never received acknowledged ${nonce} (room ${m.room}, seq ${m.ackedSeq ?? '?'})`);
      });
      // A resent message may rightly land after later ones: only first answers are held to the send order.
      if (this.target !== 'ours' || m.resends > 0 || m.ackedSeq === undefined) continue;
      const key = `${m.sender}|${m.room}`;
      const previous = lastSeqOfSender.get(key);
      if (previous !== undefined && m.ackedSeq < previous) {
        this.integrity.outOfSendOrder++;
        this.problem(`socket ${m.sender} sent ${nonce} (room ${m.room}) after a message stored as seq ${previous}, but it was stored as seq ${m.ackedSeq}`);
      }
      lastSeqOfSender.set(key, Math.max(previous ?? 0, m.ackedSeq));
    }
    const answers: Answers = {
      codes: this.codes,
      refused: this.refused,
      refusalLatency: this.refusalLatency.summary(),
      unknown: this.unknown,
      timeouts: this.timeouts,
      unsent: this.unsent,
      details: this.details,
    };
    return { latency: this.latency.summary(), ackLatency: this.ackLatency.summary(), integrity: this.integrity, answers };
  }

  ackedMessages(): Array<[string, string, number, number]> {
    const out: Array<[string, string, number, number]> = [];
    for (const [nonce, m] of this.messages) if (m.state === 'stored') out.push([m.room, nonce, m.ackedSeq ?? 0, m.sender]);
    return out;
  }

  refusedMessages(): Array<[string, string, number]> {
    const out: Array<[string, string, number]> = [];
    for (const [nonce, m] of this.messages) if (m.state === 'refused') out.push([m.room, nonce, m.sender]);
    return out;
  }

  unsettledMessages(): Array<[string, string, string, number]> {
    const out: Array<[string, string, string, number]> = [];
    for (const [nonce, m] of this.messages) if (m.state === 'failed') out.push([m.room, nonce, m.code ?? 'unknown', m.sender]);
    return out;
  }

  errorExample(line: string): void {
    if (this.errorExamples.length < MAX_EXAMPLES) this.errorExamples.push(line);
  }

  private stored(nonce: string, m: Sent, at: number, seq: number | undefined): void {
    m.state = 'stored';
    m.ackedSeq = seq;
    this.unanswered--;
    this.owedReceipts += m.members.length - m.gotCount;
    this.acked++;
    this.ackLatency.push(at - m.sentAt);
    if (m.deliveredSeq !== undefined && m.ackedSeq !== undefined && m.deliveredSeq !== m.ackedSeq) this.mismatch(nonce, m);
  }

  private fail(m: Sent, code: string, example: string): void {
    m.state = 'failed';
    m.code = code;
    this.unanswered--;
    this.errorExample(example);
  }

  private checkOrder(socket: number, d: Delivery): void {
    const key = `${socket}|${d.orderKey}`;
    const last = this.lastOrder.get(key) ?? -1;
    if (d.order <= last) {
      this.integrity.reordered++;
      this.problem(`socket ${socket} received ${d.nonce} (room ${d.room}, order ${d.order}) after order ${last}`);
      return;
    }
    this.lastOrder.set(key, d.order);
  }

  private mismatch(nonce: string, m: Sent): void {
    this.integrity.mismatched++;
    this.problem(`${nonce} (room ${m.room}) acknowledged as seq ${m.ackedSeq} but delivered as seq ${m.deliveredSeq}`);
  }

  private problem(line: string): void {
    if (this.integrity.examples.length < MAX_EXAMPLES) this.integrity.examples.push(line);
  }
}

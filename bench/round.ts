import type { Integrity, Percentiles, Target } from './harness-protocol.ts';
import { Samples } from './percentiles.ts';

/** One message sent in a round, and what became of it. */
interface Sent {
  room: string;
  sender: number;
  sentAt: number;
  members: number[];
  /** got[i]: members[i] has received it. */
  got: Uint8Array;
  gotCount: number;
  acked: boolean;
  failed: boolean;
  ackedSeq: number | undefined;
  deliveredSeq: number | undefined;
}

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

/**
 * The bookkeeping of one round of sends (a warm-up or a measured step): who must
 * receive what, exactly once and in order. The order state outlives a round, so
 * a reorder across two steps is still caught.
 */
export class Round {
  readonly messages = new Map<string, Sent>();
  readonly latency = new Samples();
  readonly ackLatency = new Samples();
  readonly integrity: Integrity = { missing: 0, duplicates: 0, reordered: 0, mismatched: 0, leaked: 0, examples: [] };
  sent = 0;
  acked = 0;
  ackErrors = 0;
  ackTimeouts = 0;
  deliveries = 0;
  /** Deliveries of a message this round did not send (a late one from an earlier round). */
  strays = 0;
  errorExamples: string[] = [];
  /** Sends not yet answered, and receipts acknowledged messages still owe: settled() without a scan. */
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
      acked: false, failed: false, ackedSeq: undefined, deliveredSeq: undefined,
    });
  }

  onAck(nonce: string, at: number, outcome: { seq?: number; error?: string; timeout?: boolean }): void {
    const m = this.messages.get(nonce);
    if (!m || m.acked || m.failed) return;
    this.unanswered--;
    if (outcome.timeout || outcome.error !== undefined) {
      m.failed = true;
      if (outcome.timeout) this.ackTimeouts++;
      else this.ackErrors++;
      this.errorExample(outcome.timeout ? `ack timeout in room ${m.room}` : `ack error in room ${m.room}: ${outcome.error}`);
      return;
    }
    m.acked = true;
    m.ackedSeq = outcome.seq;
    this.owedReceipts += m.members.length - m.gotCount;
    this.acked++;
    this.ackLatency.push(at - m.sentAt);
    if (m.deliveredSeq !== undefined && m.ackedSeq !== undefined && m.deliveredSeq !== m.ackedSeq) this.mismatch(nonce, m);
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
    if (m.acked) this.owedReceipts--;
    this.checkOrder(socket, d);
    if (socket !== m.sender) this.latency.push(at - m.sentAt);
    if (d.seq !== undefined) {
      if (m.deliveredSeq === undefined) m.deliveredSeq = d.seq;
      else if (m.deliveredSeq !== d.seq) this.mismatch(d.nonce, m);
      if (m.ackedSeq !== undefined && m.ackedSeq !== d.seq) this.mismatch(d.nonce, m);
    }
  }

  /** True once every send is answered and every acknowledged message reached every member. */
  settled(): boolean {
    return this.unanswered === 0 && this.owedReceipts === 0;
  }

  /** Counts what never arrived; call once, after the drain. */
  finish(): { latency: Percentiles; ackLatency: Percentiles; integrity: Integrity } {
    for (const [nonce, m] of this.messages) {
      if (!m.acked) continue;
      m.got.forEach((got, i) => {
        if (got) return;
        this.integrity.missing++;
        this.problem(`socket ${m.members[i]} never received acknowledged ${nonce} (room ${m.room}, seq ${m.ackedSeq ?? '?'})`);
      });
    }
    return { latency: this.latency.summary(), ackLatency: this.ackLatency.summary(), integrity: this.integrity };
  }

  isClean(): boolean {
    const i = this.integrity;
    return i.missing + i.duplicates + i.reordered + i.mismatched + i.leaked === 0;
  }

  ackedMessages(): Array<[string, string, number]> {
    const out: Array<[string, string, number]> = [];
    for (const [nonce, m] of this.messages) if (m.acked) out.push([m.room, nonce, m.ackedSeq ?? 0]);
    return out;
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

  errorExample(line: string): void {
    if (this.errorExamples.length < MAX_EXAMPLES) this.errorExamples.push(line);
  }
}

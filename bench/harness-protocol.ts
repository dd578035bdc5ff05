// The messages between the bench runner and its client harness process (IPC).

export type Target = 'ours' | 'baseline';

/** One client socket: which server, whose token (ours), which rooms it is in. */
export interface SocketSpec {
  url: string;
  token?: string;
  rooms: string[];
}

/** A room as the harness drives it; members and senders are indices of connected sockets. */
export interface RoomPlan {
  id: string;
  members: number[];
  senders: number[];
}

export type HarnessCommand =
  | { type: 'connect'; target: Target; path: string; sockets: SocketSpec[]; concurrency: number; timeoutMs: number }
  | { type: 'warmup'; rooms: RoomPlan[]; timeoutMs: number }
  /** drainMs: the longest wait after sending; quietMs: the wait ends sooner when no answer or delivery came for this long. */
  | { type: 'step'; label: string; rate: number; durationMs: number; drainMs: number; quietMs: number; ackTimeoutMs: number; rooms: RoomPlan[] }
  | { type: 'disconnect' }
  | { type: 'exit' };

export interface ConnectResult {
  /** Sockets open after this command, those opened by it, and those that failed. */
  open: number;
  connected: number;
  failed: number;
  ms: number;
  /** CPU the harness used while connecting, in % of one core: near 100 means the client side set the pace. */
  harnessCpu: number;
  errors: string[];
}

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface Integrity {
  /** Acknowledged messages some member never received (member × message). */
  missing: number;
  /** A member received the same message more than once. */
  duplicates: number;
  /** A member received a room's messages out of the room's order. */
  reordered: number;
  /** The seq delivered differs from the seq acknowledged. */
  mismatched: number;
  /** A socket that is no member of the room received its message: an isolation failure. */
  leaked: number;
  /** Ours: a sender's stored messages (first answers) whose seqs do not follow the order that socket sent them in. */
  outOfSendOrder: number;
  /** Messages whose ack was a refusal yet reached a member. */
  refusedDelivered: number;
  /** Up to a few lines describing the first problems, for the report. */
  examples: string[];
}

/** The ack error a client must not count as a refusal: the message may have been stored (resend with the same nonce). */
export const OUTCOME_UNKNOWN = 'OUTCOME_UNKNOWN';
/** The code a refusal under load should carry: nothing was stored, try again after `retryAfter`. */
export const RESOURCE_EXHAUSTED = 'RESOURCE_EXHAUSTED';

/** How the sends of a step were answered. */
export interface Answers {
  /** First answers by code: `stored`, `RESOURCE_EXHAUSTED`, `OUTCOME_UNKNOWN`, `UNAVAILABLE`, `timeout`, … */
  codes: Record<string, number>;
  /**
   * First answered with any error but OUTCOME_UNKNOWN: the client was told the send failed, so it must never be
   * stored or delivered. Under load the code should be RESOURCE_EXHAUSTED (`codes` says which came).
   */
  refused: number;
  /** Send → refusal at the sender, in ms. */
  refusalLatency: Percentiles;
  /** First answered OUTCOME_UNKNOWN, then resent with the same nonce as a client would, until stored or out of tries. */
  unknown: { count: number; resolvedStored: number; unresolved: number; resends: number };
  /** No answer within the ack timeout, or none by the end of the drain: not judged. */
  timeouts: number;
  /** Sends that fell due while their sender's socket was not open (it dropped and did not reconnect). */
  unsent: number;
  /** The first error message of each code, as the client saw it. */
  details: Record<string, string>;
}

export interface StepResult {
  label: string;
  target: Target;
  rate: number;
  durationMs: number;
  sent: number;
  /** Acknowledged as stored (first answers and OUTCOME_UNKNOWN resolved by a resend). */
  acked: number;
  answers: Answers;
  /** conduit_error events: each mirrors an ack error, so they are counted apart from the errors. */
  conduitErrors: number;
  /** Unexpected disconnects (the harness does not reconnect by itself: the runner reconnects before the next step). */
  socketErrors: number;
  disconnectReasons: Record<string, number>;
  errorExamples: string[];
  /** Deliveries of a message sent in an earlier step (it arrived after that step's drain). */
  strays: number;
  ackPerSecond: number;
  deliveries: number;
  deliveriesPerSecond: number;
  /** Emit to receipt at every member other than the sender, in ms. */
  latency: Percentiles;
  /** Emit to ack at the sender, in ms. */
  ackLatency: Percentiles;
  integrity: Integrity;
  /** CPU the harness itself used, in % of one core: a saturated load generator shows here. */
  harnessCpu: number;
  /** Every acknowledged message (ours: room, nonce, seq, sender socket) for the runner's check against Postgres. */
  ackedMessages: Array<[room: string, nonce: string, seq: number, sender: number]>;
  /** Ours: every refused message, which Postgres must not hold. */
  refusedMessages: Array<[room: string, nonce: string, sender: number]>;
  /** Ours: messages whose outcome stayed unknown (timeouts, unresolved OUTCOME_UNKNOWN): counted in Postgres, not judged. */
  unsettledMessages: Array<[room: string, nonce: string, code: string, sender: number]>;
}

export type HarnessReply =
  | { type: 'ready' }
  | { type: 'connected'; result: ConnectResult }
  | { type: 'warmed'; rooms: number; unconfirmed: number; ms: number }
  | { type: 'step-result'; result: StepResult }
  | { type: 'disconnected' }
  | { type: 'failed'; message: string };

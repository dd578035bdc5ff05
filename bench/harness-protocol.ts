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
  | { type: 'step'; label: string; rate: number; durationMs: number; drainMs: number; ackTimeoutMs: number; rooms: RoomPlan[] }
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
  /** Up to a few lines describing the first problems, for the report. */
  examples: string[];
}

export interface StepResult {
  label: string;
  target: Target;
  rate: number;
  durationMs: number;
  sent: number;
  acked: number;
  ackErrors: number;
  ackTimeouts: number;
  /** conduit_error events and unexpected disconnects. */
  socketErrors: number;
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
  /** Every acknowledged message (ours: room, nonce, seq) for the runner's check against Postgres. */
  ackedMessages: Array<[room: string, nonce: string, seq: number]>;
}

export type HarnessReply =
  | { type: 'ready' }
  | { type: 'connected'; result: ConnectResult }
  | { type: 'warmed'; rooms: number; unconfirmed: number; ms: number }
  | { type: 'step-result'; result: StepResult }
  | { type: 'disconnected' }
  | { type: 'failed'; message: string };

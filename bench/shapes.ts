// The fan-out's room shapes: one busy room many read (hot), a few rooms where
// everyone talks (busy), many small rooms (wide). Each runs ours' ladder, its
// extra steps, and the bare relay at the same rates.

/** In the order they run: busy last, since its 2,000 msg/s step may leave ours overloaded for minutes after it. */
export const SHAPE_NAMES = ['hot', 'wide', 'busy'] as const;
export type ShapeName = (typeof SHAPE_NAMES)[number] | 'custom';

/** Steps after the ladder: the light-load point, the long step at a fixed rate, the overload. */
export const PHASES = ['light', 'stress', 'overload'] as const;
export type Phase = (typeof PHASES)[number];

export interface Shape {
  name: ShapeName;
  rooms: number;
  members: number;
  /** Members of each room who send (the first ones); the rate is spread over rooms, then over these. */
  senders: number;
  /** Users behind the sockets (one socket each); fewer than rooms × members shares users between rooms. */
  users: number;
  /** Total msg/s of ours' ladder, stopped at the first step not sustained. */
  ladder: number[];
  /** The light-load point (targets: delivery p99 ≤ 2× bare, p50 ≤ 3 ms, ack p50 ≤ 2 ms); the ladder's step when it ran. */
  lightRate?: number;
  /** A long step at a fixed rate (busy: 2,000 msg/s for 20 s): every send stored, p99 ≤ 50 ms. */
  stress?: { rate: number; seconds: number };
  /** Seconds of the overload step, at twice ours' highest sustained rate. */
  overloadSeconds: number;
}

type Sizes = Omit<Shape, 'name'>;

const FULL: Record<(typeof SHAPE_NAMES)[number], Sizes> = {
  hot: { rooms: 1, members: 100, senders: 20, users: 100, ladder: [50, 100, 200, 400, 800, 1200], lightRate: 100, overloadSeconds: 10 },
  busy: {
    rooms: 10, members: 10, senders: 10, users: 100, ladder: [250, 500, 1000, 1500, 2000, 3000, 4000], lightRate: 250,
    stress: { rate: 2000, seconds: 20 }, overloadSeconds: 10,
  },
  wide: { rooms: 200, members: 10, senders: 2, users: 200, ladder: [500, 1000, 2000, 3000, 4000, 6000], overloadSeconds: 10 },
};

/** A tiny version of each, one ladder step and short extra steps: every code path in seconds. */
const QUICK: Record<(typeof SHAPE_NAMES)[number], Sizes> = {
  hot: { rooms: 1, members: 10, senders: 4, users: 10, ladder: [60], lightRate: 60, overloadSeconds: 1 },
  busy: { rooms: 2, members: 5, senders: 5, users: 10, ladder: [100], lightRate: 100, stress: { rate: 200, seconds: 1 }, overloadSeconds: 1 },
  wide: { rooms: 10, members: 5, senders: 2, users: 10, ladder: [100], overloadSeconds: 1 },
};

/** The ladder of a custom shape (--rooms, --members, --senders, --users), the one before shapes existed. */
export const CUSTOM_LADDER = [100, 250, 500, 750, 1000, 1500, 2000, 3000, 4000, 6000, 8000, 12000];
export const QUICK_CUSTOM_LADDER = [50, 150];

export function namedShape(name: (typeof SHAPE_NAMES)[number], quick: boolean, rates: number[] | undefined): Shape {
  const sizes = (quick ? QUICK : FULL)[name];
  return { name, ...sizes, ladder: rates ?? sizes.ladder };
}

export function customShape(sizes: Pick<Shape, 'rooms' | 'members' | 'senders' | 'users'>, quick: boolean, rates: number[] | undefined): Shape {
  return { name: 'custom', ...sizes, ladder: rates ?? (quick ? QUICK_CUSTOM_LADDER : CUSTOM_LADDER), overloadSeconds: quick ? 1 : 10 };
}

export function describeShape(s: Shape): string {
  const senders = s.senders === s.members ? 'every member sends' : `${s.senders} senders per room`;
  return `${s.name}: ${s.rooms} room${s.rooms === 1 ? '' : 's'} × ${s.members} members, ${senders}, ${s.users} users`;
}

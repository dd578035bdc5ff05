// What run.ts hands a scenario of this folder: the stack it started, the
// users it registered, rooms made over HTTP on demand, and where to report.
import type { BenchOptions } from '../options.ts';
import type { Stack } from '../stack.ts';
import type { BenchUser, World } from '../world.ts';

export interface ScenarioContext {
  options: BenchOptions;
  stack: Stack;
  users: BenchUser[];
  /** Rooms of `members` over the first `users` users, made once per size. */
  world(rooms: number, members: number, users: number, label: string): Promise<World>;
  log(line: string): void;
  /** Anything that makes the run fail (integrity, a scenario that could not run). */
  failures: string[];
}

/** A listener map's events: each event name to the one argument its listeners get. */
export type EventMap = object;

/**
 * A small typed event emitter that works alike in browsers and Node (no
 * `events` import). A throwing listener does not stop the others: it is
 * reported on `onListenerError`.
 */
export class Emitter<E extends EventMap> {
  private readonly listeners = new Map<keyof E, Set<(value: never) => void>>();

  constructor(private readonly onListenerError: (error: unknown) => void = (error) => console.error(error)) {}

  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof E>(event: K, listener: (value: E[K]) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as (value: never) => void);
    return () => this.off(event, listener);
  }

  off<K extends keyof E>(event: K, listener: (value: E[K]) => void): void {
    this.listeners.get(event)?.delete(listener as (value: never) => void);
  }

  emit<K extends keyof E>(event: K, value: E[K]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) {
      try {
        (listener as (value: E[K]) => void)(value);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }
}

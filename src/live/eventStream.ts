/**
 * A push-to-pull bridge for one subscription: the watcher pushes, graphql-ws pulls. The queue is
 * bounded: a consumer that falls `maxQueued` events behind is ended with `overflow` (its socket is
 * then closed), so a slow client never makes the server grow.
 */
export class EventStream<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private done = false;

  constructor(
    private readonly maxQueued: number,
    private readonly onEnd: (reason: 'return' | 'overflow') => void,
  ) {}

  /** Hands one event to the consumer; false when the stream has ended (or just overflowed). */
  push(value: T): boolean {
    if (this.done) return false;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
      return true;
    }
    if (this.queue.length >= this.maxQueued) {
      this.finish('overflow');
      return false;
    }
    this.queue.push(value);
    return true;
  }

  get ended(): boolean {
    return this.done;
  }

  next(): Promise<IteratorResult<T>> {
    const value = this.queue.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.finish('return');
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private finish(reason: 'return' | 'overflow'): void {
    if (this.done) return;
    this.done = true;
    this.queue.length = 0;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: undefined, done: true });
    }
    this.onEnd(reason);
  }
}

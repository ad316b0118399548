/** Messages of one kind in arrival order; a waiter takes the first one it accepts. */
export class MessageQueue<T> {
  private readonly pending: T[] = [];
  readonly history: T[] = [];
  private readonly waiters: { accepts: (item: T) => boolean; resolve: (item: T) => void }[] = [];

  push(item: T): void {
    this.history.push(item);
    const index = this.waiters.findIndex((waiter) => waiter.accepts(item));
    const waiter = index >= 0 ? this.waiters.splice(index, 1)[0] : undefined;
    if (waiter !== undefined) waiter.resolve(item);
    else this.pending.push(item);
  }

  /** Resolves with the next message `accepts` takes, dropping the ones before it. */
  take(accepts: (item: T) => boolean, deadlineMs: number, describeWait: () => string): Promise<T> {
    const index = this.pending.findIndex(accepts);
    if (index >= 0) {
      const item = this.pending[index] as T;
      this.pending.splice(0, index + 1);
      return Promise.resolve(item);
    }
    this.pending.length = 0;
    return new Promise<T>((resolve, reject) => {
      const waiter = {
        accepts,
        resolve: (item: T) => {
          clearTimeout(timer);
          resolve(item);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`Timed out after ${deadlineMs} ms waiting for ${describeWait()}`));
      }, deadlineMs);
      this.waiters.push(waiter);
    });
  }
}

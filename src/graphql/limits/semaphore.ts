/**
 * At most `permits` expensive operations run at once; a few more may wait briefly. Anything beyond
 * is refused at once, so a burst of analysis queries cannot take the pool from cheap ones.
 */
export class Semaphore {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(
    readonly permits: number,
    readonly maxWaiting: number,
    readonly maxWaitMs: number,
  ) {}

  get inUse(): number {
    return this.running;
  }

  /** Resolves to a release function, or to undefined when the caller should give up (busy). */
  acquire(): Promise<(() => void) | undefined> {
    if (this.running < this.permits) {
      this.running += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.queue.length >= this.maxWaiting) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const grant = () => {
        clearTimeout(timer);
        this.running += 1;
        resolve(this.releaser());
      };
      const timer = setTimeout(() => {
        const i = this.queue.indexOf(grant);
        if (i >= 0) this.queue.splice(i, 1);
        resolve(undefined);
      }, this.maxWaitMs);
      this.queue.push(grant);
    });
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.running -= 1;
      this.queue.shift()?.();
    };
  }
}

/**
 * Reads the graph version for many concurrent requests with few round trips. A caller never gets
 * a read that began before it arrived (that read could predate a write the caller has already seen
 * acknowledged): it joins the next read to start, queued behind the one on its way. At most one
 * read runs and one waits, however many requests arrive.
 */
export class VersionReader<T = number> {
  private running?: Promise<T>;
  private queued?: Promise<T>;

  constructor(private readonly fetch: () => Promise<T>) {}

  current(): Promise<T> {
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    const after = this.running;
    this.queued = after
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.start();
      });
    return this.queued;
  }

  private start(): Promise<T> {
    const read = this.fetch();
    this.running = read;
    const clear = () => {
      if (this.running === read) this.running = undefined;
    };
    read.then(clear, clear);
    return read;
  }
}

import type { Database } from './database';

export interface DbState {
  up: boolean;
  /** Why it is down, in words fit for /healthz and the log (no addresses, no credentials). */
  reason?: string;
  since: number;
}

/**
 * Probes the database every `intervalMs` with a short deadline and keeps the answer, so /healthz
 * answers at once and queries fail fast while it is down instead of each waiting for the driver.
 * The same for the local Neo4j and for a server named by NEO4J_URI, which no supervisor watches.
 */
export class DbMonitor {
  private current: DbState = { up: true, since: Date.now() };
  private timer: NodeJS.Timeout | undefined;
  private probing = false;
  private failures = 0;
  private readonly listeners: Array<(s: DbState) => void> = [];

  constructor(
    private readonly db: Database,
    private readonly intervalMs = 1000,
    private readonly probeMs = 3000,
  ) {
    db.availability = () => (this.current.up ? undefined : this.current.reason);
  }

  get state(): DbState {
    return this.current;
  }

  onChange(listener: (s: DbState) => void): void {
    this.listeners.push(listener);
  }

  start(): void {
    this.timer ??= setInterval(() => void this.probe(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /**
   * Told by the supervisor the moment the local Neo4j exits. Its reason names the cause, so it also
   * replaces a probe's: on a busy machine a probe can meet the refused connection before Node has
   * handled the process's exit (seen once in CI).
   */
  markDown(reason: string): void {
    if (this.current.up || this.current.reason === reason) {
      this.set(false, reason);
      return;
    }
    this.current = { up: false, reason, since: this.current.since };
    for (const l of this.listeners) l(this.current);
  }

  async probe(): Promise<DbState> {
    if (this.probing) return this.current;
    this.probing = true;
    try {
      const reason = await this.db.check(this.probeMs);
      const up = reason === undefined;
      // One slow probe on a busy machine is not an outage: two in a row are. A refused connection is.
      this.failures = up ? 0 : this.failures + 1;
      if (up || this.failures >= 2 || /refuses/.test(reason)) this.set(up, reason);
    } finally {
      this.probing = false;
    }
    return this.current;
  }

  private set(up: boolean, reason: string | undefined): void {
    if (up === this.current.up && (up || reason === this.current.reason)) return;
    // A restart may report its own reason; keep the first until the database is back.
    if (!up && !this.current.up) return;
    this.current = { up, reason, since: Date.now() };
    // Reads already waiting on the database fail now rather than each at its own deadline.
    if (!up) this.db.inFlight.releaseAll(reason ?? 'the database does not answer');
    for (const l of this.listeners) l(this.current);
  }
}

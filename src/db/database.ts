import { type Driver, isRetryableError, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';
import { cypher } from './cypher';
import { InFlight, unavailable } from './in-flight';
import { requestScope } from './request-scope';

export interface DatabaseOptions {
  /** Server-side timeout of each read transaction; the client stops waiting a little later. */
  readTimeoutMs?: number;
  /** Same for writes, which include imports of many rows. */
  writeTimeoutMs?: number;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

const work = (text: string, params: Params) => (tx: ManagedTransaction) => tx.run(text, params);

/**
 * The only door to Neo4j: runs named statements with parameters on the configured database (reads
 * as auto-commit statements, writes in managed transactions), and counts round trips so tests can prove an operation's cost is bounded.
 */
export class Database {
  private trips = 0;
  private retried = 0;
  /** Sessions open now (the pool's use, for /metrics) and reads to release when the database goes down. */
  readonly inFlight = new InFlight();
  /** Set by a DbMonitor: the reason the database is known to be down, so queries fail at once. */
  availability: () => string | undefined = () => undefined;

  constructor(
    readonly driver: Driver,
    readonly name: string,
    readonly options: DatabaseOptions = {},
  ) {}

  get roundTrips(): number {
    return this.trips;
  }

  /** Attempts of `transaction` and `inWriteTransaction` work the driver made again after a transient error (a deadlock, mostly). */
  get retriedTransactions(): number {
    return this.retried;
  }

  async read(statement: string, params: Params = {}): Promise<Row[]> {
    return this.run('READ', cypher(statement), params);
  }

  async write(statement: string, params: Params = {}): Promise<Row[]> {
    return this.run('WRITE', cypher(statement), params);
  }

  /** Several named writes in one transaction: all or nothing. */
  async writeAll(steps: Array<{ statement: string; params: Params }>): Promise<void> {
    this.count();
    await this.session((session) =>
      session.executeWrite(
        async (tx: ManagedTransaction) => {
          for (const step of steps) await tx.run(cypher(step.statement), step.params);
        },
        { timeout: this.options.writeTimeoutMs },
      ),
    );
  }

  /**
   * One write transaction whose steps may depend on what earlier steps read (check a version,
   * then write). Throwing inside `work` rolls everything back. Each statement counts as a trip.
   */
  async transaction<T>(work: (run: (statement: string, params?: Params) => Promise<Row[]>) => Promise<T>): Promise<T> {
    return this.session((session) =>
      session.executeWrite(
        this.countingRetries((tx) =>
          work(async (statement, params = {}) => {
            this.trips += 1;
            const result = await tx.run(cypher(statement), params);
            return result.records.map((r) => r.toObject() as Row);
          }),
        ),
      ),
    );
  }

  /** Caller-driven work in one write transaction (retried as a whole on transient errors). */
  async inWriteTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.trips += 1;
    return this.session((session) => session.executeWrite(this.countingRetries(work)));
  }

  /** The driver calls a transaction's work once per attempt: every call after the first is a retry. */
  private countingRetries<T>(work: (tx: ManagedTransaction) => Promise<T>): (tx: ManagedTransaction) => Promise<T> {
    let attempts = 0;
    return (tx) => {
      if (attempts++ > 0) this.retried += 1;
      return work(tx);
    };
  }

  /** For schema statements, which must run outside explicit transactions' data writes. */
  async runText(text: string, params: Params = {}): Promise<Row[]> {
    return this.run('WRITE', text, params);
  }

  /** True when the database answers within `withinMs`; a frozen server counts as down. */
  async ping(withinMs = 2000): Promise<boolean> {
    return (await this.check(withinMs)) === undefined;
  }

  /**
   * Why the database does not answer one trivial statement within `withinMs`, or undefined when it
   * does. Auto-commit, so the driver does not retry: a refused connection is reported at once.
   */
  async check(withinMs = 2000): Promise<string | undefined> {
    try {
      await this.inFlight.withSession(
        this.driver,
        this.name,
        (session) => this.inFlight.bounded(session.run('RETURN 1 AS ok').then(), withinMs, false),
        false,
      );
      return undefined;
    } catch (e) {
      return downReason(e, withinMs);
    }
  }

  private session<T>(work: (session: Session) => Promise<T>): Promise<T> {
    return this.inFlight.withSession(this.driver, this.name, work);
  }

  private count(): void {
    this.trips += 1;
    const scope = requestScope.getStore();
    if (scope) scope.roundTrips += 1;
  }

  private async run(mode: 'READ' | 'WRITE', text: string, params: Params): Promise<Row[]> {
    const down = this.availability();
    if (down !== undefined) throw unavailable(`Database unavailable: ${down}`);
    this.count();
    let result: QueryResult;
    if (mode === 'WRITE')
      result = await this.attempt('WRITE', (s, config) => s.executeWrite(work(text, params), config));
    else {
      // A read runs as one auto-commit statement: RUN and PULL in one write to the socket, no BEGIN
      // or COMMIT (a managed transaction costs three socket writes and one more wait; measured at
      // 2.3-2.9 -> 1.4-1.9 ms for `RETURN 1` here). What the driver would retry (a cluster member
      // gone, a leader switch) is then retried by executeRead with the driver's own policy.
      try {
        result = await this.attempt('READ', (s, config) => Promise.resolve(s.run(text, params, config)));
      } catch (e) {
        if (!isRetryableError(e) || this.availability() !== undefined) throw e;
        result = await this.attempt('READ', (s, config) => s.executeRead(work(text, params), config));
      }
    }
    return result.records.map((r) => r.toObject() as Row);
  }

  private attempt(
    mode: 'READ' | 'WRITE',
    go: (session: Session, config: { timeout?: number }) => Promise<QueryResult>,
  ): Promise<QueryResult> {
    const timeout = mode === 'READ' ? this.options.readTimeoutMs : this.options.writeTimeoutMs;
    // Only reads are released when the database goes down: a write's outcome is not ours to guess.
    return this.inFlight.withSession(
      this.driver,
      this.name,
      (session) =>
        this.inFlight.bounded(
          go(session, { timeout }),
          timeout === undefined ? undefined : timeout + 2000,
          mode === 'READ',
        ),
      false,
      mode,
    );
  }
}

/** In words fit for /healthz and the log: no address, user or driver detail. */
function downReason(e: unknown, withinMs: number): string {
  const text = `${(e as { code?: string })?.code ?? ''} ${e instanceof Error ? e.message : String(e)}`;
  if (/ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|EPIPE/.test(text)) return 'the database refuses connections';
  if (/Unauthorized|authentication|credentials/i.test(text)) return 'the database refuses our credentials';
  if (/No answer from the database/.test(text)) return `the database does not answer within ${withinMs} ms`;
  return 'the database does not answer';
}

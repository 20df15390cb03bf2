import { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher';
import { requestScope } from './request-scope';

export interface DatabaseOptions {
  /** Server-side timeout of each read transaction; the client stops waiting a little later. */
  readTimeoutMs?: number;
  /** Same for writes, which include imports of many rows. */
  writeTimeoutMs?: number;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/**
 * The only door to Neo4j: runs named statements with parameters, in managed transactions on the
 * configured database, and counts round trips so tests can prove an operation's cost is bounded.
 */
export class Database {
  private trips = 0;
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

  async read(statement: string, params: Params = {}): Promise<Row[]> {
    return this.run('READ', cypher(statement), params);
  }

  async write(statement: string, params: Params = {}): Promise<Row[]> {
    return this.run('WRITE', cypher(statement), params);
  }

  /** Several named writes in one transaction: all or nothing. */
  async writeAll(steps: Array<{ statement: string; params: Params }>): Promise<void> {
    this.count();
    const session = this.driver.session({ database: this.name });
    try {
      await session.executeWrite(
        async (tx: ManagedTransaction) => {
          for (const step of steps) await tx.run(cypher(step.statement), step.params);
        },
        { timeout: this.options.writeTimeoutMs },
      );
    } finally {
      await session.close();
    }
  }

  /**
   * One write transaction whose steps may depend on what earlier steps read (check a version,
   * then write). Throwing inside `work` rolls everything back. Each statement counts as a trip.
   */
  async transaction<T>(work: (run: (statement: string, params?: Params) => Promise<Row[]>) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.name });
    try {
      return await session.executeWrite((tx: ManagedTransaction) =>
        work(async (statement, params = {}) => {
          this.trips += 1;
          const result = await tx.run(cypher(statement), params);
          return result.records.map((r) => r.toObject() as Row);
        }),
      );
    } finally {
      await session.close();
    }
  }

  /** For schema statements, which must run outside explicit transactions' data writes. */
  async runText(text: string, params: Params = {}): Promise<Row[]> {
    return this.run('WRITE', text, params);
  }

  /** True when the database answers within `withinMs`; a frozen server counts as down. */
  async ping(withinMs = 2000): Promise<boolean> {
    try {
      await this.run('READ', 'RETURN 1 AS ok', {}, withinMs, true);
      return true;
    } catch {
      return false;
    }
  }

  private count(): void {
    this.trips += 1;
    const scope = requestScope.getStore();
    if (scope) scope.roundTrips += 1;
  }

  private async run(
    mode: 'READ' | 'WRITE',
    text: string,
    params: Params,
    deadlineMs?: number,
    probe = false,
  ): Promise<Row[]> {
    const down = probe ? undefined : this.availability();
    if (down !== undefined) throw new Neo4jError(`Database unavailable: ${down}`, 'ServiceUnavailable', '', '');
    if (!probe) this.count();
    const timeout = mode === 'READ' ? this.options.readTimeoutMs : this.options.writeTimeoutMs;
    const session = this.driver.session({ database: this.name });
    try {
      const work = (tx: ManagedTransaction) => tx.run(text, params);
      const config = { timeout };
      const running = mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config);
      const limit = deadlineMs ?? (timeout === undefined ? undefined : timeout + 2000);
      const result = limit === undefined ? await running : await withDeadline(running, limit);
      return result.records.map((r) => r.toObject() as Row);
    } finally {
      // A frozen server never answers the close either; do not wait for it.
      void session.close().catch(() => undefined);
    }
  }
}

/**
 * The server's own timeout cannot fire when the server is frozen or the network is gone, so the
 * client gives up too, with the driver's "unavailable" code that formatError maps to DATABASE_UNAVAILABLE.
 */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Neo4jError(`No answer from the database within ${ms} ms`, 'ServiceUnavailable', '', '')),
      ms,
    );
  });
  work.catch(() => undefined);
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

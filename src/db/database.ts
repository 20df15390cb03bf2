import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/**
 * The only door to Neo4j: runs named statements with parameters, in managed transactions on the
 * configured database, and counts round trips so tests can prove an operation's cost is bounded.
 */
export class Database {
  private trips = 0;

  constructor(
    readonly driver: Driver,
    readonly name: string,
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
    this.trips += 1;
    const session = this.driver.session({ database: this.name });
    try {
      await session.executeWrite(async (tx: ManagedTransaction) => {
        for (const step of steps) await tx.run(cypher(step.statement), step.params);
      });
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

  async ping(): Promise<boolean> {
    try {
      await this.run('READ', 'RETURN 1 AS ok', {});
      return true;
    } catch {
      return false;
    }
  }

  private async run(mode: 'READ' | 'WRITE', text: string, params: Params): Promise<Row[]> {
    this.trips += 1;
    const session = this.driver.session({ database: this.name });
    try {
      const work = (tx: ManagedTransaction) => tx.run(text, params);
      const result = mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
      return result.records.map((r) => r.toObject() as Row);
    } finally {
      await session.close();
    }
  }
}

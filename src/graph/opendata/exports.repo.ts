import { withoutDerived } from '../derived/strip';
import type { Database, Row } from '../../db/database';

/**
 * The bulk reads behind the downloads: each is one named statement, one round trip, whatever the
 * size of the graph. Drafts are excluded in the statements themselves.
 */
export class ExportRepository {
  constructor(private readonly db: Database) {}

  crosswalk(): Promise<Row[]> {
    return this.db.read('crosswalk-links');
  }

  pledges(): Promise<Row[]> {
    return this.db.read('pledges-for-export');
  }

  async frameworkItems(): Promise<Row[]> {
    return (await this.db.read('framework-items-for-export')).map((r) => withoutDerived(r.item as Row));
  }

  async actionAreas(): Promise<Row[]> {
    return (await this.db.read('action-areas')).map((r) => r.area as Row);
  }

  cities(): Promise<Row[]> {
    return this.db.read('cities-for-export');
  }

  progressReports(): Promise<Row[]> {
    return this.db.read('progress-reports-for-export');
  }

  frameworks(): Promise<Row[]> {
    return this.db.read('frameworks');
  }
}

import type { Database } from '../db/database';

export interface FrameworkRow {
  code: string;
  name: string;
  document: string | null;
  adopted: string | null;
  description: string | null;
  itemCount: number;
}

export class FrameworkRepository {
  constructor(private readonly db: Database) {}

  async all(): Promise<FrameworkRow[]> {
    return (await this.db.read('frameworks')) as unknown as FrameworkRow[];
  }
}

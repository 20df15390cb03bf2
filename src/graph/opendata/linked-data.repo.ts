import { withoutDerived } from '../derived/strip';
import type { Database } from '../../db/database';

export type LinkedKind = 'item' | 'area' | 'framework' | 'city' | 'pledge';

export interface LinkRecord {
  source: string;
  target: string;
  basis: string;
  rationale: string | null;
  verified: boolean;
}

/** One node and its neighbourhood as the JSON-LD description needs them. */
export interface LinkedNode {
  kind: LinkedKind;
  node: Record<string, unknown>;
  parentId: string | null;
  childIds: string[];
  topIds: string[];
  links: LinkRecord[];
  pledgeIds: string[];
  country: { id: string; alpha2: string; name: string } | null;
  cityIds: string[];
  areaIds: string[];
  declaredIds: string[];
  partners: string[];
  reports: Array<Record<string, unknown>>;
}

export class LinkedDataRepository {
  constructor(private readonly db: Database) {}

  /** null when no public node has the id (unknown, or a draft pledge). */
  async describe(id: string): Promise<LinkedNode | null> {
    const [row] = await this.db.read('linked-data-of-node', { id });
    if (!row) return null;
    return {
      ...(row as unknown as LinkedNode),
      node: withoutDerived(row.node as Record<string, unknown>),
      links: (row.links as LinkRecord[]).map((l) => ({ ...l, verified: Boolean(l.verified) })),
    };
  }
}

import type { AlignmentRecord, ItemRecord } from './records';

/** One pledge as cypher/pledge-alignments.cypher returns it. */
export interface PledgeLinkParts {
  id: string;
  declared: string[];
  areas: string[];
}

/** [action area id, item id, the curated link's rationale]. */
export type AreaLink = [string, string, string | null];

const DECLARED_RATIONALE = 'Named by the city in this pledge.';

/** Ascending, nulls last: how Cypher's ORDER BY ranks these strings. */
function before(a: string | null, b: string | null): boolean {
  if (a === null) return false;
  return b === null || a < b;
}

function itemOrder(a: ItemRecord, b: ItemRecord): number {
  if (a.framework !== b.framework) return a.framework < b.framework ? -1 : 1;
  return a.sortKey === b.sortKey ? 0 : a.sortKey < b.sortKey ? -1 : 1;
}

/**
 * Each pledge's alignments from its parts: an item it names is DECLARED; an item one of its
 * action areas links to is INFERRED, with the rationale "Through <area>: <link's rationale>"
 * (the first in string order when several areas reach it); DECLARED wins when both hold. Items
 * in framework then document order. The statement used to spell every pair out itself.
 */
export function assembleAlignments(
  pledges: PledgeLinkParts[],
  areaLinks: AreaLink[],
  items: ReadonlyMap<string, ItemRecord>,
): Map<string, AlignmentRecord[]> {
  const byArea = new Map<string, Array<[string, string | null]>>();
  for (const [areaId, itemId, rationale] of areaLinks) {
    const list = byArea.get(areaId) ?? [];
    list.push([itemId, rationale === null ? null : `Through ${areaId}: ${rationale}`]);
    byArea.set(areaId, list);
  }
  const out = new Map<string, AlignmentRecord[]>();
  for (const p of pledges) {
    const found = new Map<string, AlignmentRecord>();
    for (const areaId of p.areas)
      for (const [itemId, rationale] of byArea.get(areaId) ?? []) {
        const seen = found.get(itemId);
        if (!seen || before(rationale, seen.rationale))
          found.set(itemId, { item: items.get(itemId) as ItemRecord, basis: 'INFERRED', rationale, verified: false });
      }
    for (const itemId of p.declared)
      found.set(itemId, {
        item: items.get(itemId) as ItemRecord,
        basis: 'DECLARED',
        rationale: DECLARED_RATIONALE,
        verified: false,
      });
    out.set(
      p.id,
      [...found.values()].sort((a, b) => itemOrder(a.item, b.item)),
    );
  }
  return out;
}

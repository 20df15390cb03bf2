import type { BenchCase } from './arms';

/**
 * The explorer's operations and the frameworks list, with ids of the sample graph that synthetic
 * imports keep. Optional variables are left to the operation's defaults (lang EN, crosswalk
 * maxHops 2, path maxHops 4), which the raw statements in cypher/bench/ build in.
 */
export const EXPLORER_CASES: BenchCase[] = [
  { name: 'frameworks', variables: {} },
  { name: 'explorer-home', variables: {} },
  { name: 'explorer-item', variables: { id: 'SDG-10.7' } },
  { name: 'explorer-city', variables: { id: 'montreal-ca' } },
  // One plain lower-case word: the API's Lucene escaping and slugging leave it as it is.
  { name: 'explorer-search', variables: { text: 'refugee' } },
  // A heat-map cell of the matrix by region: the column key is the region's id (Europe).
  { name: 'explorer-cell-pledges', variables: { item: 'SDG-10.7', region: 'M49-150' } },
  { name: 'explorer-crosswalk', variables: { from: 'GCM-15' } },
  { name: 'explorer-path', variables: { from: 'bristol-gb-2023-1', to: 'SDG-10.7' } },
  { name: 'explorer-pledge', variables: { id: 'bogota-co-2019-1' } },
];

// Every item a batch of cities' pledges reach, each with the pledges, the strongest basis and the
// path that explains it: named in a pledge (DECLARED); linked to a pledge's action area in the
// crosswalk (CURATED); or one crosswalk step further from either (INFERRED). Among paths the
// strongest basis wins, then the shortest, then the smallest list of ids. The pledges come whole
// (each once), so the answer needs no second round trip for them. Drafts are not public: they
// reach nothing, except the drafts in $draftIds, those the asking viewer may see
// (src/graph/registry/overlay.ts).
UNWIND $reqs AS req
MATCH (:City {id: req.city})-[:MADE]->(p:Pledge|DraftPledge)
WHERE (p:Pledge AND coalesce(p.status, '') <> 'DRAFT') OR (p:DraftPledge AND p.id IN $draftIds)
// The framework test sits in each branch, so a one-framework question walks only that framework.
CALL (p, req) {
  MATCH (p)-[:DECLARES]->(t:FrameworkItem)
  WHERE req.framework IS NULL OR t.framework = req.framework
  RETURN t, 0 AS rank, [p.id, t.id] AS path
  UNION
  MATCH (p)-[:IN_AREA]->(a:ActionArea)-[:ALIGNS_WITH]-(t:FrameworkItem)
  WHERE req.framework IS NULL OR t.framework = req.framework
  RETURN t, 1 AS rank, [p.id, a.id, t.id] AS path
  UNION
  MATCH (p)-[:DECLARES]->(x:FrameworkItem)-[:ALIGNS_WITH]-(t:FrameworkItem)
  WHERE req.framework IS NULL OR t.framework = req.framework
  RETURN t, 2 AS rank, [p.id, x.id, t.id] AS path
  UNION
  MATCH (p)-[:IN_AREA]->(a:ActionArea)-[:ALIGNS_WITH]-(x:FrameworkItem)-[:ALIGNS_WITH]-(t:FrameworkItem)
  WHERE t <> x AND (req.framework IS NULL OR t.framework = req.framework)
  RETURN t, 2 AS rank, [p.id, a.id, x.id, t.id] AS path
}
WITH req, t, p, rank, path ORDER BY rank, size(path), path
WITH req, t, collect(DISTINCT p) AS found, head(collect(rank)) AS best, head(collect(path)) AS bestPath
ORDER BY req.key, t.framework, t.sortKey
// One row: the commitments with their items' and pledges' ids, each pledge's record once (a pledge
// reaching 80 items came 80 times, ~150 kB for one city's four frameworks), and item records only
// for ids the caller does not hold at the current graph version (graph/derived/item-records.ts).
WITH collect({key: req.key, itemId: t.id, pledgeIds: [p IN found | p.id],
              basis: ['DECLARED', 'CURATED', 'INFERRED'][best], path: bestPath}) AS commitments,
     collect(found) AS lists
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH commitments, lists, coalesce(v.version, 0) AS version, coalesce(v.epoch, 0) AS epoch
WITH commitments, lists, version, epoch,
     CASE WHEN version = $itemsVersion AND epoch = $itemsEpoch THEN $knownItems ELSE [] END AS held
RETURN version, epoch, commitments,
  COLLECT {
    UNWIND commitments AS c
    WITH DISTINCT c.itemId AS itemId WHERE NOT itemId IN held
    MATCH (i:FrameworkItem {id: itemId})
    RETURN i {.*, parentId: head([(i)-[:PART_OF]->(parent:FrameworkItem) | parent.id])}
  } AS items,
  COLLECT {
    UNWIND lists AS found
    UNWIND found AS p
    WITH DISTINCT p
    // What only the importer and the derived data read stays in the database.
    RETURN p {.*, reachAreas: null, reachDeclared: null, reachCities: null, reachVersion: null, importHash: null}
  } AS pledges

// Every item a batch of cities' pledges reach, each with the pledges, the strongest basis and the
// path that explains it: named in a pledge (DECLARED); linked to a pledge's action area in the
// crosswalk (CURATED); or one crosswalk step further from either (INFERRED). Among paths the
// strongest basis wins, then the shortest, then the smallest list of ids. The pledges come whole, so
// the answer needs no second round trip for them. Drafts are not public: they reach nothing, except
// the drafts in $draftIds, those the asking viewer may see (src/graph/registry/overlay.ts).
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
WITH req, t, collect(DISTINCT p {.*}) AS pledges, head(collect(rank)) AS best, head(collect(path)) AS bestPath
OPTIONAL MATCH (t)-[:PART_OF]->(parent:FrameworkItem)
RETURN req.key AS key, t {.*, parentId: parent.id} AS item, pledges,
       ['DECLARED', 'CURATED', 'INFERRED'][best] AS basis, bestPath AS path
ORDER BY key, t.framework, t.sortKey

// One page of pledges for each of a batch of owners: an action area or a city (an item's pages
// come from the coverage index, graph/pledges.repo.ts). The pledges come with their cities and
// action areas (no further round trip for them).
// An action area holds a large share of all pledges, so its page walks the pledge id index in
// order and stops at the page's end. Its total counts the area's published pledges: its IN_AREA
// degree (stored, not walked; only pledges and drafts are IN_AREA) less the drafts' links to it,
// counted from the few drafts (DraftPledge: IN_AREA too but private) instead of the tens of
// thousands of pledges.
// Item records (for alignments) only for ids the caller does not hold at the current graph version
// (graph/derived/item-records.ts): $knownItems counts only when $itemsVersion/$itemsEpoch are current.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH coalesce(v.version, 0) AS version, coalesce(v.epoch, 0) AS epoch
WITH version, epoch, CASE WHEN version = $itemsVersion AND epoch = $itemsEpoch THEN $knownItems ELSE [] END AS held
UNWIND $reqs AS req
CALL (req) {
  WITH req WHERE req.kind = 'area'
  MATCH (a:ActionArea {id: req.id})
  CALL (a, req) {
    MATCH (p:Pledge) USING INDEX p:Pledge(id)
    WHERE p.id > coalesce(req.after, '') AND (p)-[:IN_AREA]->(a)
    // LIMIT takes no variables: 101 is the largest page (MAX_PAGE) plus the row that tells hasNextPage.
    WITH p ORDER BY p.id LIMIT 101
    RETURN collect(p) AS first
  }
  RETURN COUNT { (a)<-[:IN_AREA]-() } - COUNT { MATCH (d:DraftPledge) USING SCAN d:DraftPledge WHERE (d)-[:IN_AREA]->(a) } AS total, first[0..toInteger(req.limit)] AS page
  UNION
  WITH req WHERE req.kind <> 'area'
  CALL (req) {
    MATCH (:City {id: req.id})-[:MADE]->(p:Pledge) WHERE req.kind = 'city' RETURN p
  }
  WITH p ORDER BY p.id
  WITH req, count(p) AS total, collect(CASE WHEN req.after IS NULL OR p.id > req.after THEN p END) AS after
  RETURN total, after[0..toInteger(req.limit)] AS page
}
// A request with `alignments` (the operation asks for the pledges' alignments) also gets what
// pledge-alignments.cypher would send for the page, in this round trip instead of one more: each
// pledge's named items and areas, each of those areas' curated links once, and item records.
WITH req, total, page, version, epoch, held,
     CASE WHEN req.alignments THEN [p IN page | {id: p.id, declared: [(p)-[:DECLARES]->(i:FrameworkItem) | i.id],
                                                  areas: [(p)-[:IN_AREA]->(a:ActionArea) | a.id]}] ELSE [] END AS parts
WITH req, total, page, version, epoch, held, parts, COLLECT {
  UNWIND parts AS x
  UNWIND x.areas AS areaId
  WITH DISTINCT areaId
  MATCH (:ActionArea {id: areaId})-[l:ALIGNS_WITH]-(i:FrameworkItem)
  RETURN [areaId, i.id, l.rationale]
} AS areaLinks
// Action areas by id per pledge, each area's and city's record once per page (an area's page
// repeats the area on every row, a city's page its city); graph/pledges.repo.ts puts the records
// back on the pledges.
RETURN req.key AS key, total, [p IN page | p {.*,
  // What only the importer and the derived data read stays in the database.
  reachAreas: null, reachDeclared: null, reachCities: null, reachVersion: null, importHash: null,
  areaIds: COLLECT { MATCH (p)-[:IN_AREA]->(a:ActionArea) WITH a ORDER BY a.number RETURN a.id }
}] AS pledges,
COLLECT { UNWIND page AS p MATCH (p)-[:IN_AREA]->(a:ActionArea) RETURN DISTINCT a {.*} } AS areas,
COLLECT {
  UNWIND page AS p
  WITH DISTINCT p.cityId AS cityId
  MATCH (c:City {id: cityId})
  OPTIONAL MATCH (c)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(r:Region)
  RETURN c {.id, .name, .countryCode, .illustrative, .source, countryName: co.name, region: r.name, subregion: co.subregion}
} AS cities,
parts, areaLinks, version, epoch, COLLECT {
  UNWIND reduce(acc = [link IN areaLinks | link[1]], x IN parts | acc + x.declared) AS itemId
  WITH DISTINCT itemId WHERE NOT itemId IN held
  MATCH (i:FrameworkItem {id: itemId})
  RETURN i {.*, parentId: head([(i)-[:PART_OF]->(parent:FrameworkItem) | parent.id])}
} AS items

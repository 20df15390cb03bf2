// What each pledge is linked to, as parts the caller assembles (graph/pledge-alignments.ts): the
// items each pledge names (DECLARED), its action areas, each of those areas' curated links once
// (INFERRED through them, the area named in the rationale), and each distinct item's record once
// unless the caller holds it.
// A page of 100 pledges in one action area reaches thousands of (pledge, item) pairs through a few
// dozen curated links: spelling each pair out here sent 600 KB of repeated rationales per page.
UNWIND $ids AS id
MATCH (p:Pledge|DraftPledge {id: id})
WITH collect({id: id, declared: [(p)-[:DECLARES]->(i:FrameworkItem) | i.id],
              areas: [(p)-[:IN_AREA]->(a:ActionArea) | a.id]}) AS pledges
CALL (pledges) {
  UNWIND pledges AS x
  UNWIND x.areas AS areaId
  WITH DISTINCT areaId
  MATCH (:ActionArea {id: areaId})-[l:ALIGNS_WITH]-(i:FrameworkItem)
  RETURN collect([areaId, i.id, l.rationale]) AS areaLinks
}
// Item records only for ids the caller does not hold at the current graph version
// (graph/derived/item-records.ts): $knownItems counts only when $itemsVersion/$itemsEpoch are current.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH pledges, areaLinks, coalesce(v.version, 0) AS version, coalesce(v.epoch, 0) AS epoch
WITH pledges, areaLinks, version, epoch,
     CASE WHEN version = $itemsVersion AND epoch = $itemsEpoch THEN $knownItems ELSE [] END AS held
CALL (pledges, areaLinks, held) {
  UNWIND reduce(acc = [link IN areaLinks | link[1]], x IN pledges | acc + x.declared) AS itemId
  WITH DISTINCT itemId WHERE NOT itemId IN held
  MATCH (i:FrameworkItem {id: itemId})
  RETURN collect(i {.*, parentId: head([(i)-[:PART_OF]->(parent:FrameworkItem) | parent.id])}) AS items
}
RETURN pledges, areaLinks, items, version, epoch

// What each pledge is linked to: items it names (DECLARED) and, one step on, the curated links of
// its action areas (reported as INFERRED, with the action area named in the rationale).
UNWIND $ids AS id
MATCH (p:Pledge|DraftPledge {id: id})
CALL (p) {
  MATCH (p)-[:DECLARES]->(i:FrameworkItem)
  RETURN i, 'DECLARED' AS basis, 'Named by the city in this pledge.' AS rationale, 0 AS rank
  UNION
  MATCH (p)-[:IN_AREA]->(a:ActionArea)-[l:ALIGNS_WITH]-(i:FrameworkItem)
  RETURN i, 'INFERRED' AS basis, 'Through ' + a.id + ': ' + l.rationale AS rationale, 1 AS rank
}
WITH id, i, basis, rationale, rank ORDER BY rank, rationale
WITH id, i, head(collect(basis)) AS basis, head(collect(rationale)) AS rationale
OPTIONAL MATCH (i)-[:PART_OF]->(parent:FrameworkItem)
RETURN id, i {.*, parentId: parent.id} AS item, basis, rationale
ORDER BY id, i.framework, i.sortKey

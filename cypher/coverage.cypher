// For every item of a framework: pledges (and their cities) reaching it directly, by naming it
// (DECLARED), or through one of their action areas' curated links. Zero rows are the gaps.
MATCH (i:FrameworkItem {framework: $framework})
CALL (i) {
  CALL (i) {
    MATCH (p:Pledge)-[:DECLARES]->(i) RETURN p, true AS declared
    UNION
    MATCH (p:Pledge)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(i) RETURN p, false AS declared
  }
  MATCH (c:City)-[:MADE]->(p)
  RETURN count(DISTINCT p) AS pledgeCount, count(DISTINCT c) AS cityCount,
         count(DISTINCT CASE WHEN declared THEN p END) AS declaredPledgeCount
}
OPTIONAL MATCH (i)-[:PART_OF]->(parent:FrameworkItem)
RETURN i {.*, parentId: parent.id} AS item, pledgeCount, cityCount, declaredPledgeCount
ORDER BY i.sortKey

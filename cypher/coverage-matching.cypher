// Coverage of one framework restricted to the pledges that match a filter: for every item, the
// matching pledges (and their distinct cities) reaching it by naming it (DECLARED) or through one of
// their action areas' curated links. Drafts never count. Zero rows are the gaps for that filter.
MATCH (i:FrameworkItem {framework: $framework})
CALL (i) {
  CALL (i) {
    MATCH (p:Pledge)-[:DECLARES]->(i) RETURN p, true AS declared
    UNION
    MATCH (p:Pledge)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(i) RETURN p, false AS declared
  }
  MATCH (c:City)-[:MADE]->(p)
  WHERE p.status <> 'DRAFT'
    AND ($status IS NULL OR p.status = $status)
    AND ($illustrative IS NULL OR p.illustrative = $illustrative)
    AND ($actionArea IS NULL OR EXISTS { (p)-[:IN_AREA]->(:ActionArea {id: $actionArea}) })
    AND ($country IS NULL OR c.countryCode = $country)
    AND ($region IS NULL OR EXISTS { (c)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r:Region) WHERE r.id = $region OR r.name = $region })
  RETURN count(DISTINCT p) AS pledgeCount, count(DISTINCT c) AS cityCount,
         count(DISTINCT CASE WHEN declared THEN p END) AS declaredPledgeCount
}
OPTIONAL MATCH (i)-[:PART_OF]->(parent:FrameworkItem)
RETURN i {.*, parentId: parent.id} AS item, pledgeCount, cityCount, declaredPledgeCount
ORDER BY i.sortKey

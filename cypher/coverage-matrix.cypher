// Coverage of one framework as a matrix: rows are its items in document order, columns are world
// regions, action areas or pledge statuses. A cell counts the pledges (and their distinct cities)
// that reach the item, by naming it or through an action area's curated link, and fall in that
// column. Drafts never count; every given filter must hold. One round trip feeds a heat map.
CALL () {
  MATCH (r:Region) WHERE $by = 'REGION'
  RETURN r.id AS key, r.name AS label, r.name AS ord
  UNION
  MATCH (a:ActionArea) WHERE $by = 'ACTION_AREA'
  RETURN a.id AS key, coalesce(a['title_' + $lang], a.title_en, a.id) AS label, toString(10000 + a.number) AS ord
  UNION
  UNWIND range(0, size($statuses) - 1) AS n
  WITH n WHERE $by = 'STATUS'
  RETURN $statuses[n] AS key, $statuses[n] AS label, toString(10000 + n) AS ord
}
WITH key, label ORDER BY ord
WITH collect({key: key, label: label}) AS columns
MATCH (i:FrameworkItem {framework: $framework})
CALL (i) {
  CALL (i) {
    MATCH (p:Pledge)-[:DECLARES]->(i) RETURN p
    UNION
    MATCH (p:Pledge)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(i) RETURN p
  }
  MATCH (c:City)-[:MADE]->(p)
  WHERE p.status <> 'DRAFT'
    AND ($status IS NULL OR p.status = $status)
    AND ($illustrative IS NULL OR p.illustrative = $illustrative)
    AND ($actionArea IS NULL OR EXISTS { (p)-[:IN_AREA]->(:ActionArea {id: $actionArea}) })
    AND ($country IS NULL OR c.countryCode = $country)
    AND ($region IS NULL OR EXISTS { (c)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r:Region) WHERE r.id = $region OR r.name = $region })
  UNWIND CASE $by
    WHEN 'REGION' THEN COLLECT { MATCH (c)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r:Region) RETURN r.id }
    WHEN 'STATUS' THEN [p.status]
    ELSE COLLECT { MATCH (p)-[:IN_AREA]->(a:ActionArea) RETURN a.id }
  END AS key
  WITH key, count(DISTINCT p) AS pledges, count(DISTINCT c) AS cities
  RETURN collect({key: key, pledges: pledges, cities: cities}) AS cells
}
OPTIONAL MATCH (i)-[:PART_OF]->(parent:FrameworkItem)
RETURN i {.*, parentId: parent.id} AS item, columns,
       [col IN columns | coalesce(head([x IN cells WHERE x.key = col.key | x.pledges]), 0)] AS pledgeCounts,
       [col IN columns | coalesce(head([x IN cells WHERE x.key = col.key | x.cities]), 0)] AS cityCounts
ORDER BY i.sortKey

// Bench raw arm for CoverageMatrix (framework, by REGION, no filter, lang EN): per item, the
// published pledges reaching it (declared or through an area's curated link) and their distinct
// cities, per world region of the city; regions in name order, items in document order.
CALL () {
  MATCH (r:Region) WITH r ORDER BY r.name RETURN collect({key: r.id, label: r.name}) AS columns
}
MATCH (i:FrameworkItem {framework: $framework})
CALL (i) {
  CALL (i) {
    MATCH (p:Pledge)-[:DECLARES]->(i) RETURN p
    UNION
    MATCH (p:Pledge)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(i) RETURN p
  }
  MATCH (c:City)-[:MADE]->(p) WHERE p.status <> 'DRAFT'
  MATCH (c)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r:Region)
  WITH r.id AS key, count(DISTINCT p) AS pledges, count(DISTINCT c) AS cities
  RETURN collect({key: key, pledges: pledges, cities: cities}) AS cells
}
WITH columns, i, cells ORDER BY i.sortKey
RETURN {coverageMatrix: {framework: $framework, by: $by, columns: head(collect(columns)), rows: collect({
  item: {id: i.id, code: i.code, title: coalesce(i.title_en, i.label, i.id)},
  pledgeCounts: [col IN columns | coalesce(head([x IN cells WHERE x.key = col.key | x.pledges]), 0)],
  cityCounts: [col IN columns | coalesce(head([x IN cells WHERE x.key = col.key | x.cities]), 0)]
})}} AS data

// Bench raw arm for ExplorerItem (lang EN): the item with its parent, children and crosswalk links;
// the pledges reaching it (naming it, or through an area's curated link) found once, giving both
// the first hundred pledges by id and the first hundred of their cities by id, with the totals.
OPTIONAL MATCH (i:FrameworkItem {id: $id})
CALL (i) {
  OPTIONAL MATCH (i)-[:PART_OF]->(q:FrameworkItem)
  RETURN CASE WHEN q IS NULL THEN null ELSE {id: q.id, code: q.code, title: coalesce(q.title_en, q.label, q.id)} END
    AS parent
}
CALL (i) {
  MATCH (ch:FrameworkItem)-[:PART_OF]->(i)
  WITH ch ORDER BY ch.sortKey
  RETURN collect({id: ch.id, code: ch.code, title: coalesce(ch.title_en, ch.label, ch.id)}) AS children
}
CALL (i) {
  MATCH (i)-[l:ALIGNS_WITH]-(o:FrameworkItem)
  WITH l, o ORDER BY o.framework, o.sortKey
  RETURN collect({item: {id: o.id, framework: o.framework, code: o.code, title: coalesce(o.title_en, o.label, o.id)},
    basis: l.basis, rationale: l.rationale}) AS links
}
CALL (i) {
  CALL (i) {
    MATCH (p:Pledge)-[:DECLARES]->(i) RETURN p
    UNION
    MATCH (p:Pledge)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(i) RETURN p
  }
  MATCH (c:City)-[:MADE]->(p)
  WITH p, c ORDER BY p.id
  RETURN count(p) AS pledgeTotal, collect([p, c])[..100] AS page, collect(DISTINCT c) AS reaching
}
CALL (reaching) {
  UNWIND reaching AS c
  WITH c ORDER BY c.id
  WITH count(c) AS total, collect(c)[..100] AS page
  UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS c
  OPTIONAL MATCH (c)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(:Region)
  WITH total, c, co ORDER BY c.id
  RETURN total AS cityTotal,
    collect(CASE WHEN c IS NOT NULL THEN {node: {id: c.id, name: c.name, countryName: co.name, illustrative: c.illustrative}} END)
      AS cityRows
}
RETURN {item: CASE WHEN i IS NULL THEN null ELSE {
  id: i.id, framework: i.framework, code: i.code, kind: i.kind, title: coalesce(i.title_en, i.label, i.id),
  summary: i.summary, note: i.note, uri: i.uri, verified: i.verified, parent: parent, children: children,
  alignments: links,
  pledges: {totalCount: pledgeTotal, edges: [x IN page | {node: {id: x[0].id, title: x[0].title, status: x[0].status,
    illustrative: x[0].illustrative, city: {id: x[1].id, name: x[1].name}}}]}
} END, cities: {totalCount: cityTotal, edges: cityRows}} AS data

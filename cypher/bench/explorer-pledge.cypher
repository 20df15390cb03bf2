// Bench raw arm for ExplorerPledge (lang EN): the pledge with its city, partners (by name), reports
// (by date), action areas (by number) with their curated links, and its own links: items it names
// (DECLARED) and its areas' links (INFERRED, the rationale naming the area), one row per item with
// the strongest basis, items in framework then document order.
OPTIONAL MATCH (p:Pledge {id: $id})
CALL (p) {
  OPTIONAL MATCH (c:City)-[:MADE]->(p)
  RETURN c
}
CALL (p) {
  MATCH (p)-[:WITH_PARTNER]->(o:Organisation)
  WITH o ORDER BY o.name
  RETURN collect({id: o.id, name: o.name}) AS partners
}
CALL (p) {
  MATCH (p)-[:HAS_REPORT]->(r:ProgressReport)
  WITH r ORDER BY r.date
  RETURN collect({date: r.date, forum: r.forum, status: r.status, summary: r.summary, illustrative: r.illustrative})
    AS reports
}
CALL (p) {
  MATCH (p)-[:IN_AREA]->(a:ActionArea)
  WITH a ORDER BY a.number
  CALL (a) {
    MATCH (a)-[l:ALIGNS_WITH]-(i:FrameworkItem)
    WITH l, i ORDER BY i.framework, i.sortKey
    RETURN collect({item: {id: i.id, framework: i.framework, code: i.code, title: coalesce(i.title_en, i.label, i.id)},
      basis: l.basis, rationale: l.rationale}) AS links
  }
  RETURN collect({id: a.id, title: coalesce(a.title_en, a.label, a.id), alignments: links}) AS areas
}
CALL (p) {
  CALL (p) {
    MATCH (p)-[:DECLARES]->(i:FrameworkItem)
    RETURN i, 'DECLARED' AS basis, 'Named by the city in this pledge.' AS rationale, 0 AS rank
    UNION
    MATCH (p)-[:IN_AREA]->(a:ActionArea)-[l:ALIGNS_WITH]-(i:FrameworkItem)
    RETURN i, 'INFERRED' AS basis, 'Through ' + a.id + ': ' + l.rationale AS rationale, 1 AS rank
  }
  WITH i, basis, rationale ORDER BY rank, rationale
  WITH i, head(collect(basis)) AS basis, head(collect(rationale)) AS rationale
  ORDER BY i.framework, i.sortKey
  RETURN collect({item: {id: i.id, framework: i.framework, code: i.code, title: coalesce(i.title_en, i.label, i.id)},
    basis: basis, rationale: rationale}) AS links
}
RETURN {pledge: CASE WHEN p IS NULL THEN null ELSE {
  id: p.id, title: p.title, description: p.description, status: p.status, illustrative: p.illustrative,
  pledgedOn: p.pledgedOn, targetDate: p.targetDate, city: {id: c.id, name: c.name},
  partners: partners, reports: reports, actionAreas: areas, alignments: links
} END} AS data

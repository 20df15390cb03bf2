// Bench raw arm for ActionAreaAcrossFrameworks (lang EN): the area and its curated links per framework.
OPTIONAL MATCH (a:ActionArea {id: $id})
CALL (a) {
  MATCH (a)-[l:ALIGNS_WITH]-(i:FrameworkItem)
  WITH i, l ORDER BY i.framework, i.sortKey
  RETURN collect({f: i.framework, v: {
    item: {id: i.id, code: i.code, title: coalesce(i.title_en, i.label, i.id)}, basis: l.basis, rationale: l.rationale
  }}) AS links
}
RETURN {actionArea: CASE WHEN a IS NULL THEN null ELSE {
  id: a.id, title: coalesce(a.title_en, a.label, a.id), priority: coalesce(a.priority_en, a.label, a.id),
  gcm: [x IN links WHERE x.f = 'GCM' | x.v], gcr: [x IN links WHERE x.f = 'GCR' | x.v],
  nua: [x IN links WHERE x.f = 'NUA' | x.v], sdg: [x IN links WHERE x.f = 'SDG' | x.v]
} END} AS data

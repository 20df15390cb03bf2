// Bench raw arm for ExplorerCrosswalk (lang EN, maxHops 2) from an item or action area: one
// shortest-path search to every framework item within two links (the API runs one per framework),
// the best path per item (fewest hops, then smallest list of ids), split by framework in hop then
// document order.
OPTIONAL MATCH (si:FrameworkItem {id: $from})
OPTIONAL MATCH (sa:ActionArea {id: $from})
WITH coalesce(si, sa) AS s
CALL (s) {
  MATCH p = ALL SHORTEST (s) (()-[:ALIGNS_WITH]-(:FrameworkItem)){1,2} (t)
  WHERE t <> s
  WITH t, length(p) AS hops, [n IN nodes(p) | n.id] AS path, relationships(p) AS links
  ORDER BY hops, path
  WITH t, head(collect({hops: hops, path: path, links: links})) AS best
  ORDER BY best.hops, t.sortKey
  RETURN collect({f: t.framework, v: {
    item: {id: t.id, framework: t.framework, code: t.code, title: coalesce(t.title_en, t.label, t.id)},
    basis: CASE WHEN best.hops = 1 THEN best.links[0].basis ELSE 'INFERRED' END,
    path: best.path, hops: best.hops, rationales: [r IN best.links | r.rationale]
  }}) AS rows
}
RETURN {node: CASE WHEN s IS NULL THEN null
    WHEN s:FrameworkItem THEN {id: s.id, code: s.code, title: coalesce(s.title_en, s.label, s.id)}
    ELSE {id: s.id, title: coalesce(s.title_en, s.label, s.id)} END,
  gcm: [x IN rows WHERE x.f = 'GCM' | x.v], gcr: [x IN rows WHERE x.f = 'GCR' | x.v],
  nua: [x IN rows WHERE x.f = 'NUA' | x.v], sdg: [x IN rows WHERE x.f = 'SDG' | x.v]} AS data

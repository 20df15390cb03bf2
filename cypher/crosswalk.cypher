// Items of framework $to reachable from $from (an item or an action area) through crosswalk links,
// within $maxHops. Paths pass only through framework items (an action area is never a go-between):
// the label sits inside the quantified pattern, so it shapes the shortest-path search rather than
// filtering its result. For each item the shortest path is kept; ties go to the smallest list of
// ids, so answers are stable. A one-hop path keeps its stored basis; longer ones are INFERRED.
OPTIONAL MATCH (si:FrameworkItem {id: $from})
OPTIONAL MATCH (sa:ActionArea {id: $from})
WITH coalesce(si, sa) AS s
WHERE s IS NOT NULL
MATCH p = ALL SHORTEST (s) (()-[:ALIGNS_WITH]-(:FrameworkItem)){1,4} (t)
WHERE t.framework = $to AND t <> s
WITH t, p
WHERE length(p) <= $maxHops
WITH t, length(p) AS hops, [n IN nodes(p) | n.id] AS path, relationships(p) AS links
ORDER BY hops, path
WITH t, head(collect({hops: hops, path: path, links: links})) AS best
OPTIONAL MATCH (t)-[:PART_OF]->(parent:FrameworkItem)
RETURN t {.*, parentId: parent.id} AS item, best.hops AS hops, best.path AS path,
       CASE WHEN best.hops = 1 THEN best.links[0].basis ELSE 'INFERRED' END AS basis,
       [r IN best.links | r.rationale] AS rationales
ORDER BY hops, t.sortKey

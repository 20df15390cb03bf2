// For each request {from, to: [framework codes], maxHops}: the items of those frameworks reachable
// from `from` (an item or an action area) through crosswalk links within maxHops. One shortest-path
// search per request serves every framework asked of it (a page asking four frameworks ran four).
// Paths pass only through framework items (an action area is never a go-between): the label sits
// inside the quantified pattern, so it shapes the shortest-path search rather than filtering its
// result. For each item the shortest path is kept; ties go to the smallest list of ids, so answers
// are stable. A one-hop path keeps its stored basis; longer ones are INFERRED.
UNWIND $reqs AS r
OPTIONAL MATCH (si:FrameworkItem {id: r.from})
OPTIONAL MATCH (sa:ActionArea {id: r.from})
WITH r, coalesce(si, sa) AS s
WHERE s IS NOT NULL
MATCH p = ALL SHORTEST (s) (()-[:ALIGNS_WITH]-(:FrameworkItem)){1,4} (t)
WHERE t.framework IN r.to AND t <> s
WITH r, t, p
WHERE length(p) <= r.maxHops
WITH r, t, length(p) AS hops, [n IN nodes(p) | n.id] AS path, relationships(p) AS links
ORDER BY hops, path
WITH r, t, head(collect({hops: hops, path: path, links: links})) AS best
OPTIONAL MATCH (t)-[:PART_OF]->(parent:FrameworkItem)
RETURN r.from AS from, r.maxHops AS maxHops, t {.*, parentId: parent.id} AS item, best.hops AS hops,
       best.path AS path, CASE WHEN best.hops = 1 THEN best.links[0].basis ELSE 'INFERRED' END AS basis,
       [x IN best.links | x.rationale] AS rationales
ORDER BY hops, t.sortKey

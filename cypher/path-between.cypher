// The shortest explaining path from a pledge, action area or item to one framework item.
// A pledge's first step is an item it names (DECLARES) or one of its action areas (IN_AREA);
// every later step is a crosswalk link into a framework item. The label constraints sit inside the
// quantified pattern so they shape the search itself: a WHERE after ALL SHORTEST would only filter
// the shortest paths already chosen (which may run through other pledges) and lose valid answers.
// Ties go to the smallest list of ids. A draft starts a path only when in $draftIds, those the viewer
// may see (src/graph/registry/overlay.ts).
OPTIONAL MATCH (sp:Pledge|DraftPledge {id: $from}) WHERE sp:Pledge OR sp.id IN $draftIds
OPTIONAL MATCH (sa:ActionArea {id: $from})
OPTIONAL MATCH (si:FrameworkItem {id: $from})
WITH coalesce(sp, sa, si) AS s
MATCH (t:FrameworkItem {id: $to})
WITH s, t WHERE s IS NOT NULL AND s <> t
CALL (s, t) {
  WITH s, t WHERE s:Pledge OR s:DraftPledge
  MATCH p = ALL SHORTEST (s)-[:DECLARES|IN_AREA]->(first) (()-[:ALIGNS_WITH]-(:FrameworkItem)){0,4} (t)
  RETURN p
  UNION
  WITH s, t WHERE NOT (s:Pledge OR s:DraftPledge)
  MATCH p = ALL SHORTEST (s) (()-[:ALIGNS_WITH]-(:FrameworkItem)){1,5} (t)
  RETURN p
}
WITH t, p, length(p) AS hops, [n IN nodes(p) | n.id] AS path
WHERE hops <= $maxHops
ORDER BY path
WITH t, head(collect(p)) AS best
WITH t, best, relationships(best) AS rels
OPTIONAL MATCH (t)-[:PART_OF]->(parent:FrameworkItem)
RETURN t {.*, parentId: parent.id} AS item, length(best) AS hops, [n IN nodes(best) | n.id] AS path,
       CASE
         WHEN length(best) = 1 AND type(rels[0]) = 'DECLARES' THEN 'DECLARED'
         WHEN length(best) = 1 THEN rels[0].basis
         WHEN length(best) = 2 AND type(rels[0]) = 'IN_AREA' THEN rels[1].basis
         ELSE 'INFERRED'
       END AS basis,
       [r IN rels | CASE type(r)
         WHEN 'DECLARES' THEN 'Named by the city in the pledge.'
         WHEN 'IN_AREA' THEN 'The pledge is made in this action area.'
         ELSE r.rationale END] AS rationales

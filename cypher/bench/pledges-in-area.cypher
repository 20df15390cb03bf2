// Bench raw arm for PledgesInArea (no `after`): one page in id order with each pledge's city, areas
// and links, walking the pledge id index in order (the total is the area's degree). The caller
// turns the last id into the opaque endCursor (base64url), as the API does.
OPTIONAL MATCH (a:ActionArea {id: $id})
CALL (a) {
  MATCH (p:Pledge) USING INDEX p:Pledge(id)
  WHERE p.id > '' AND (p)-[:IN_AREA]->(a)
  WITH p ORDER BY p.id LIMIT toInteger($first) + 1
  RETURN COUNT { (a)<-[:IN_AREA]-(:Pledge) } AS total, collect(p) AS page
}
CALL (page) {
  UNWIND page AS p
  MATCH (c:City)-[:MADE]->(p)
  CALL (p) {
    MATCH (p)-[:IN_AREA]->(x:ActionArea) WITH x ORDER BY x.number RETURN collect({id: x.id}) AS areas
  }
  CALL (p) {
    CALL (p) {
      MATCH (p)-[:DECLARES]->(i:FrameworkItem) RETURN i, 0 AS rank
      UNION
      MATCH (p)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(i:FrameworkItem) RETURN i, 1 AS rank
    }
    WITH i, min(rank) AS rank ORDER BY i.framework, i.sortKey
    RETURN collect({item: {id: i.id}, basis: CASE rank WHEN 0 THEN 'DECLARED' ELSE 'INFERRED' END}) AS alignments
  }
  WITH p, c, areas, alignments ORDER BY p.id
  RETURN collect({node: {id: p.id, title: p.title, status: p.status, city: {id: c.id, name: c.name},
    actionAreas: areas, alignments: alignments}}) AS edges
}
RETURN {actionArea: CASE WHEN a IS NULL THEN null ELSE {id: a.id, pledges: {
  totalCount: total,
  pageInfo: {hasNextPage: size(edges) > $first, endCursor: CASE WHEN $first = 0 OR size(edges) = 0 THEN null ELSE edges[..$first][-1].node.id END},
  edges: edges[..$first]
}} END} AS data

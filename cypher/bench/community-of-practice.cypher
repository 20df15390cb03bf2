// Bench raw arm for CommunityOfPractice: Jaccard overlap of direct commitment sets, best first,
// shared items in document order (as the API gives them).
MATCH (c:City {id: $cityId})
CALL (c) {
  MATCH (c)-[:MADE]->(:Pledge)-[:DECLARES]->(t:FrameworkItem) RETURN t
  UNION
  MATCH (c)-[:MADE]->(:Pledge)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(t:FrameworkItem) RETURN t
}
WITH c, collect(t) AS mine
MATCH (o:City) WHERE o <> c
CALL (o) {
  OPTIONAL MATCH (o)-[:MADE]->(:Pledge)-[:IN_AREA]->(a:ActionArea)
  WITH o, collect(DISTINCT a) AS areas
  OPTIONAL MATCH (o)-[:MADE]->(:Pledge)-[:DECLARES]->(d:FrameworkItem)
  WITH areas, collect(DISTINCT d) AS declared
  CALL (areas, declared) {
    UNWIND areas AS a MATCH (a)-[:ALIGNS_WITH]-(t:FrameworkItem) RETURN t
    UNION
    UNWIND declared AS t RETURN t
  }
  RETURN collect(t) AS theirs
}
WITH o, mine, theirs, [t IN theirs WHERE t IN mine] AS shared
WHERE size(shared) > 0
WITH o, shared, toFloat(size(shared)) / (size(mine) + size(theirs) - size(shared)) AS score
ORDER BY score DESC, o.id
LIMIT toInteger($first)
OPTIONAL MATCH (o)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(r:Region)
CALL (shared) { UNWIND shared AS s WITH s ORDER BY s.framework, s.sortKey RETURN collect(s.id) AS sharedIds }
WITH o, co, r, score, sharedIds ORDER BY score DESC, o.id
RETURN {peers: collect({city: {id: o.id, name: o.name, countryCode: o.countryCode, region: r.name}, score: score,
  shared: [x IN sharedIds | {id: x}]})} AS data

// Cities ranked by the Jaccard overlap of their direct commitment sets (items named in a pledge or
// linked to a pledge's action area in the crosswalk), with the items they share; ties by id.
MATCH (c:City {id: $cityId})
CALL (c) {
  MATCH (c)-[:MADE]->(:Pledge)-[:DECLARES]->(t:FrameworkItem) RETURN t
  UNION
  MATCH (c)-[:MADE]->(:Pledge)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(t:FrameworkItem) RETURN t
}
WITH c, collect(t) AS mine
UNWIND mine AS t
CALL (t) {
  MATCH (o:City)-[:MADE]->(:Pledge)-[:DECLARES]->(t) RETURN o
  UNION
  MATCH (o:City)-[:MADE]->(:Pledge)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(t) RETURN o
}
WITH c, mine, o, collect(t) AS shared
WHERE o <> c
CALL (o) {
  CALL (o) {
    MATCH (o)-[:MADE]->(:Pledge)-[:DECLARES]->(t:FrameworkItem) RETURN t
    UNION
    MATCH (o)-[:MADE]->(:Pledge)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(t:FrameworkItem) RETURN t
  }
  RETURN count(t) AS theirs
}
WITH o, shared, toFloat(size(shared)) / (size(mine) + theirs - size(shared)) AS score
ORDER BY score DESC, o.id
LIMIT toInteger($first)
OPTIONAL MATCH (o)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(r:Region)
RETURN o {.*, countryName: co.name, region: r.name, subregion: co.subregion} AS city, score,
       [s IN shared | s {.*, parentId: head([(s)-[:PART_OF]->(q) | q.id])}] AS shared
ORDER BY score DESC, o.id

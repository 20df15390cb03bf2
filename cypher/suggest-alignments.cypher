// Framework items a pledge's text points to. Each language's index is asked with its own query
// (one that matches nothing when that language is not searched: Lucene rejects an empty query); an action area that matches passes a share of its
// score to the items its curated crosswalk links reach. Texts come back so the caller can say
// which words matched.
CALL () {
  CALL db.index.fulltext.queryNodes('suggest_en', $q.en, {limit: 100}) YIELD node, score
  RETURN node, score * $q.enWeight AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('suggest_fr', $q.fr, {limit: 100}) YIELD node, score
  WHERE $q.fr <> '' RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('suggest_es', $q.es, {limit: 100}) YIELD node, score
  WHERE $q.es <> '' RETURN node, score
}
CALL (node, score) {
  WITH node, score WHERE node:FrameworkItem
  RETURN node AS item, score AS s, null AS via
  UNION ALL
  WITH node, score WHERE node:ActionArea
  MATCH (node)-[:ALIGNS_WITH]-(item:FrameworkItem)
  RETURN item, score * $areaWeight AS s, node AS via
}
WITH item, sum(s) AS score, collect(DISTINCT via) AS vias
WHERE $framework IS NULL OR item.framework = $framework
ORDER BY score DESC, item.id
LIMIT toInteger($first)
OPTIONAL MATCH (item)-[:PART_OF]->(parent:FrameworkItem)
RETURN item {.*, parentId: parent.id} AS item, score,
       [v IN vias | [v.title_en, v.title_fr, v.title_es, v.priority_en, v.priority_fr, v.priority_es, v.description]] AS viaTexts

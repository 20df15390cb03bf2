// Bench raw arm for ExplorerSearch (lang EN) with one plain lower-case word, which the API's Lucene
// escaping and slugging leave as it is: the best ten items by full-text score, the first ten cities
// by id whose name (its lower-cased nameKey) or id holds the word, found through TEXT indexes, and
// the first ten pledges by id the full-text index finds.
CALL () {
  CALL db.index.fulltext.queryNodes('item_titles', $text) YIELD node, score
  WITH node, score WHERE node:FrameworkItem
  WITH node, score ORDER BY score DESC, node.id LIMIT 10
  RETURN collect({id: node.id, framework: node.framework, code: node.code,
    title: coalesce(node.title_en, node.label, node.id)}) AS items
}
CALL () {
  CALL () {
    MATCH (c:City) WHERE c.nameKey CONTAINS $text RETURN c
    UNION
    MATCH (c:City) WHERE c.id CONTAINS $text RETURN c
  }
  WITH c ORDER BY c.id LIMIT 10
  OPTIONAL MATCH (c)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(:Region)
  RETURN collect({node: {id: c.id, name: c.name, countryName: co.name, illustrative: c.illustrative}}) AS cities
}
CALL () {
  CALL db.index.fulltext.queryNodes('pledge_text', $text) YIELD node
  WITH node AS p ORDER BY p.id LIMIT 10
  MATCH (c:City)-[:MADE]->(p)
  WITH p, c ORDER BY p.id
  RETURN collect({node: {id: p.id, title: p.title, illustrative: p.illustrative, city: {name: c.name}}}) AS pledges
}
RETURN {searchItems: items, cities: {edges: cities}, pledges: {edges: pledges}} AS data

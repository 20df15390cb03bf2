// Framework items whose titles (en/fr/es) or labels match a full-text query, best match first.
CALL db.index.fulltext.queryNodes('item_titles', $q) YIELD node, score
WITH node, score
WHERE node:FrameworkItem AND ($framework IS NULL OR node.framework = $framework)
WITH node, score ORDER BY score DESC, node.id LIMIT toInteger($limit)
OPTIONAL MATCH (node)-[:PART_OF]->(parent:FrameworkItem)
RETURN node {.*, parentId: parent.id} AS item

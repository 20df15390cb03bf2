// One page of a framework's items in document order (keyset pagination on sortKey).
MATCH (all:FrameworkItem {framework: $framework})
WHERE $kind IS NULL OR all.kind = $kind
WITH count(all) AS total
RETURN total, COLLECT {
  MATCH (i:FrameworkItem {framework: $framework})
  WHERE ($kind IS NULL OR i.kind = $kind) AND ($after IS NULL OR i.sortKey > $after)
  OPTIONAL MATCH (i)-[:PART_OF]->(parent:FrameworkItem)
  RETURN i {.*, parentId: parent.id} ORDER BY i.sortKey LIMIT $limit
} AS items

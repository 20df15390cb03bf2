// One page of a framework's items in document order (keyset pagination on sortKey).
MATCH (every:FrameworkItem {framework: $framework})
WHERE $kind IS NULL OR every.kind = $kind
WITH count(every) AS total
RETURN total, COLLECT {
  MATCH (i:FrameworkItem {framework: $framework})
  WHERE ($kind IS NULL OR i.kind = $kind) AND ($after IS NULL OR i.sortKey > $after)
  OPTIONAL MATCH (i)-[:PART_OF]->(parent:FrameworkItem)
  RETURN i {.*, parentId: parent.id} ORDER BY i.sortKey LIMIT toInteger($limit)
} AS items

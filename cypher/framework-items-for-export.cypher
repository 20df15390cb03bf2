// Every framework item of every framework in document order, with its parent and official or own-words texts.
MATCH (i:FrameworkItem)
OPTIONAL MATCH (i)-[:PART_OF]->(parent:FrameworkItem)
RETURN i {.*, parentId: parent.id} AS item
ORDER BY i.framework, i.sortKey

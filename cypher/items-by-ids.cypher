// Framework items by id, for the per-request item loader.
UNWIND $ids AS id
MATCH (i:FrameworkItem {id: id})
OPTIONAL MATCH (i)-[:PART_OF]->(parent:FrameworkItem)
RETURN i {.*, parentId: parent.id} AS item

// Framework items by id, for the per-request item loader, each with its parent's record so
// `item { parent { ... } }` costs no second round trip (an item page asked for it after the item).
UNWIND $ids AS id
MATCH (i:FrameworkItem {id: id})
OPTIONAL MATCH (i)-[:PART_OF]->(parent:FrameworkItem)
OPTIONAL MATCH (parent)-[:PART_OF]->(grandparent:FrameworkItem)
RETURN i {.*, parentId: parent.id, parentRecord: parent {.*, parentId: grandparent.id}} AS item

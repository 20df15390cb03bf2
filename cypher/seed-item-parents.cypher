// Each item has at most one parent: a changed parent replaces the old link.
UNWIND $rows AS r
MATCH (child:FrameworkItem {id: r.id}), (parent:FrameworkItem {id: r.parent})
CALL (child, parent) {
  MATCH (child)-[old:PART_OF]->(other) WHERE other <> parent
  DELETE old
}
MERGE (child)-[:PART_OF]->(parent)

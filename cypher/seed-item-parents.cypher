UNWIND $rows AS r
MATCH (child:FrameworkItem {id: r.id}), (parent:FrameworkItem {id: r.parent})
MERGE (child)-[:PART_OF]->(parent)

UNWIND $rows AS r
MERGE (a:ActionArea {id: r.id})
SET a += r

// Curated crosswalk links. Direction records who was mapped to whom; queries read them both ways.
UNWIND $rows AS r
OPTIONAL MATCH (fromItem:FrameworkItem {id: r.from})
OPTIONAL MATCH (fromArea:ActionArea {id: r.from})
MATCH (to:FrameworkItem {id: r.to})
WITH coalesce(fromItem, fromArea) AS a, to, r
MERGE (a)-[l:ALIGNS_WITH]->(to)
SET l.basis = 'CURATED', l.rationale = r.rationale, l.verified = r.verified

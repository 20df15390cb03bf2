// Sub-items (GCR subsections, SDG targets) of a batch of items.
UNWIND $ids AS id
MATCH (child:FrameworkItem)-[:PART_OF]->(:FrameworkItem {id: id})
WITH id, child ORDER BY child.sortKey
RETURN id, collect(child {.*, parentId: id}) AS children

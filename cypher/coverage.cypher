// For every item of a framework: public pledges (and their cities) reaching it directly, by naming
// it (DECLARED) or through one of their action areas' curated links. The counts are kept current
// by every write (src/graph/derived/), so this reads them instead of counting pledges. Zero rows
// are the gaps.
MATCH (i:FrameworkItem {framework: $framework})
OPTIONAL MATCH (i)-[:PART_OF]->(parent:FrameworkItem)
RETURN i {.*, parentId: parent.id} AS item, coalesce(i.reachPledges, 0) AS pledgeCount,
       coalesce(i.reachCities, 0) AS cityCount, coalesce(i.reachDeclared, 0) AS declaredPledgeCount
ORDER BY i.sortKey

// Every curated link of the crosswalk, as stored (direction records who was mapped to whom).
MATCH (a)-[l:ALIGNS_WITH]->(b:FrameworkItem)
WHERE a:ActionArea OR a:FrameworkItem
RETURN a.id AS from, b.id AS to, coalesce(a.framework, 'ACTION_AREA') AS fromFramework, b.framework AS toFramework,
       l.basis AS basis, l.rationale AS rationale, coalesce(l.verified, false) AS verified
ORDER BY from, to

// What each touched pledge counted for before (the reach* lists stored last time) and what it
// counts for now. The caller has written these pledges in its transaction, so it holds their
// locks: no other transaction can subtract the same old contribution. Drafts count for nothing:
// they are private (the API stores them as DraftPledge; an imported row may say status DRAFT).
UNWIND $ids AS id
MATCH (p:Pledge|DraftPledge {id: id})
RETURN p.id AS id, (p:DraftPledge OR p.status = 'DRAFT') AS draft,
       coalesce(p.reachAreas, []) AS oldAreas, coalesce(p.reachDeclared, []) AS oldDeclared,
       coalesce(p.reachCities, []) AS oldCities,
       COLLECT { MATCH (p)-[:IN_AREA]->(a:ActionArea) RETURN a.id ORDER BY a.id } AS areas,
       COLLECT { MATCH (p)-[:DECLARES]->(i:FrameworkItem) RETURN i.id ORDER BY i.id } AS declared,
       COLLECT { MATCH (c:City)-[:MADE]->(p) RETURN c.id ORDER BY c.id } AS cities

// What the graph holds now for a batch of pledge ids, in the import row's terms, so the writer
// skips rows that would change nothing and CREATEs the ones that are new.
UNWIND $ids AS id
MATCH (p:Pledge {id: id})
RETURN p.id AS id, p {.title, .description, .status, .pledgedOn, .targetDate, .illustrative, .cityId, .source} AS props,
       COLLECT { MATCH (p)-[:IN_AREA]->(a:ActionArea) RETURN a.id ORDER BY a.id } AS actionAreas,
       COLLECT { MATCH (p)-[:DECLARES]->(i:FrameworkItem) RETURN i.id ORDER BY i.id } AS frameworkItems,
       COLLECT { MATCH (p)-[:WITH_PARTNER]->(o:Organisation) RETURN o.id ORDER BY o.id } AS partners,
       COLLECT { MATCH (c:City)-[:MADE]->(p) MATCH (c)-[:IN_COUNTRY]->(co:Country) RETURN c.id + '|' + co.id } AS cities

// Bench floor for imports: what Neo4j itself costs to write one import batch's shape, with none of
// the importer's work around it (no validation, no hash check, no history diff, no derived data).
// Each row becomes a pledge node with the properties an imported pledge stores, its SUBMITTED event,
// its city link, two action-area links and two declared-item links, all in labels of its own
// (Ceiling*) so the real graph is untouched. The anchors (cities, areas, items) exist beforehand
// with an index on id, as the real ones do; the pledges and events have no constraint or index
// unless the bench adds the pledges' own (src/server/bench/import-ceiling.ts: FLOOR_VARIANTS).
UNWIND $rows AS r
MATCH (c:CeilingAnchor {id: r.city})
CREATE (c)-[:MADE]->(p:CeilingPledge {id: r.id, title: r.title, description: r.description,
        status: 'IN_PROGRESS', pledgedOn: '2020-01-01', targetDate: '2024-12-31', illustrative: true,
        cityId: r.city, source: 'import', cityIds: [r.city], lang: 'en', version: 1, importHash: r.hash,
        reachAreas: r.areas, reachDeclared: r.items, reachCities: [r.city], reachVersion: 1})
CREATE (p)-[:HAS_EVENT]->(:CeilingEvent {id: r.id + '-v1', version: 1, at: $at, actor: 'import',
        action: 'SUBMITTED', changes: r.changes})
WITH p, r
CALL (p, r) {
  UNWIND r.areas AS aid
  MATCH (a:CeilingAnchor {id: aid})
  CREATE (p)-[:IN_AREA]->(a)
}
CALL (p, r) {
  UNWIND r.items AS iid
  MATCH (i:CeilingAnchor {id: iid})
  CREATE (p)-[:DECLARES]->(i)
}
RETURN count(p) AS written

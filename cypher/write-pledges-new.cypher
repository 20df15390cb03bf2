// Creates a batch of imported pledges that no node has yet (write-import.ts read the stored ids in
// the same transaction): CREATE instead of MERGE, and links created without looking for ones that
// cannot exist. Each pledge stores its derived contribution (reachAreas, reachDeclared,
// reachCities: what derived-inputs-read would read back) so the refresh that follows reads
// nothing, and gets its first history event. Only what no other batch locks is written here, so
// this statement runs while the previous batch commits: the pledges, their events, their cities'
// and action areas' links (an area is dense: linking it takes no exclusive lock). Declared items
// and partners, which the previous batch's counts and links lock, come in
// write-pledges-new-links, with the graph version. The lead cities exist (write-import-cities); a
// joint pledge's other cities existed before (the validator checked).
UNWIND $rows AS r
MATCH (c:City {id: r.cityId})
CREATE (c)-[:MADE]->(p:Pledge {id: r.id, title: r.title, description: r.description, status: r.status,
        pledgedOn: r.pledgedOn, targetDate: r.targetDate, illustrative: r.illustrative, cityId: r.cityId,
        source: $source, cityIds: r.cityIds, lang: r.lang, version: 1, importHash: r.hash,
        reachAreas: r.reach.areas, reachDeclared: r.reach.declared, reachCities: r.reach.cities})
CREATE (p)-[:HAS_EVENT]->(:PledgeEvent {id: r.id + '-v1', version: 1, at: $at, actor: $source,
        action: 'SUBMITTED', changes: r.changes})
WITH p, r
CALL (p, r) {
  UNWIND r.cityIds[1..] AS cid
  MATCH (other:City {id: cid})
  CREATE (other)-[:MADE]->(p)
}
CALL (p, r) {
  UNWIND r.actionAreas AS aid
  MATCH (a:ActionArea {id: aid})
  CREATE (p)-[:IN_AREA]->(a)
}
RETURN count(p) AS written

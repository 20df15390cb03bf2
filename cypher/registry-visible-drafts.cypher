// The drafts one viewer may see, for the per-request overlay (src/graph/registry/overlay.ts): those
// of the given cities, or all when $cities is null (curators and admins; who may ask is decided in
// graph/registry/policy.ts). At most $limit, by id. Each comes as a page row (with its lead city and
// action areas) and with what it reaches by derived/reach.ts's rule: the items it names (DECLARED)
// and those its action areas' curated links reach. `cities` gives each of their cities' public
// commitment set (derived), so distinct-city counts can tell a new city from one already counted.
MATCH (p:DraftPledge)
WHERE $cities IS NULL OR any(c IN coalesce(p.cityIds, [p.cityId]) WHERE c IN $cities)
WITH p ORDER BY p.id LIMIT toInteger($limit)
WITH collect(p) AS drafts
RETURN [p IN drafts | {
  record: p {.*,
    cityRecord: head(COLLECT {
      MATCH (c:City {id: p.cityId})
      OPTIONAL MATCH (c)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(r:Region)
      RETURN c {.id, .name, .countryCode, .illustrative, .source, countryName: co.name, region: r.name, subregion: co.subregion}
    }),
    areaRecords: COLLECT { MATCH (p)-[:IN_AREA]->(a:ActionArea) WITH a ORDER BY a.number RETURN a {.*} }
  },
  cities: COLLECT { MATCH (c:City)-[:MADE]->(p) RETURN c.id ORDER BY c.id },
  areas: COLLECT { MATCH (p)-[:IN_AREA]->(a:ActionArea) RETURN a.id ORDER BY a.id },
  declared: COLLECT { MATCH (p)-[:DECLARES]->(i:FrameworkItem) RETURN DISTINCT i.id },
  reached: COLLECT {
    MATCH (p)-[:DECLARES]->(i:FrameworkItem) RETURN i.id AS id
    UNION
    MATCH (p)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(i:FrameworkItem) RETURN i.id AS id
  }
}] AS drafts,
COLLECT {
  UNWIND drafts AS p
  MATCH (c:City)-[:MADE]->(p)
  RETURN DISTINCT [c.id, coalesce(c.reachItems, [])]
} AS cities

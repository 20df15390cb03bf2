// One page of pledges for each of a batch of owners: a framework item (pledges declaring it or
// reaching it through an action area's curated link), an action area, or a city. Each pledge
// comes with its city and action areas (no further round trip for them).
// An action area holds a large share of all pledges, so its page walks the pledge id index in
// order and stops at the page's end, and its total counts the area's published pledges (drafts,
// DraftPledge, are IN_AREA too but private).
UNWIND $reqs AS req
CALL (req) {
  WITH req WHERE req.kind = 'area'
  MATCH (a:ActionArea {id: req.id})
  CALL (a, req) {
    MATCH (p:Pledge) USING INDEX p:Pledge(id)
    WHERE p.id > coalesce(req.after, '') AND (p)-[:IN_AREA]->(a)
    // LIMIT takes no variables: 101 is the largest page (MAX_PAGE) plus the row that tells hasNextPage.
    WITH p ORDER BY p.id LIMIT 101
    RETURN collect(p) AS first
  }
  RETURN COUNT { (a)<-[:IN_AREA]-(:Pledge) } AS total, first[0..toInteger(req.limit)] AS page
  UNION
  WITH req WHERE req.kind <> 'area'
  CALL (req) {
    MATCH (p:Pledge)-[:DECLARES]->(:FrameworkItem {id: req.id}) WHERE req.kind = 'item' RETURN p
    UNION
    MATCH (p:Pledge)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(:FrameworkItem {id: req.id}) WHERE req.kind = 'item' RETURN p
    UNION
    MATCH (:City {id: req.id})-[:MADE]->(p:Pledge) WHERE req.kind = 'city' RETURN p
  }
  WITH p ORDER BY p.id
  WITH req, count(p) AS total, collect(CASE WHEN req.after IS NULL OR p.id > req.after THEN p END) AS after
  RETURN total, after[0..toInteger(req.limit)] AS page
}
RETURN req.key AS key, total, [p IN page | p {.*,
  cityRecord: head(COLLECT {
    MATCH (c:City {id: p.cityId})
    OPTIONAL MATCH (c)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(r:Region)
    RETURN c {.*, reachItems: null, reachCounts: null, countryName: co.name, region: r.name, subregion: co.subregion}
  }),
  areaRecords: COLLECT { MATCH (p)-[:IN_AREA]->(a:ActionArea) WITH a ORDER BY a.number RETURN a {.*} }
}] AS pledges

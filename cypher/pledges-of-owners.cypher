// One page of pledges for each of a batch of owners: a framework item (pledges declaring it or
// reaching it through an action area's curated link), an action area, or a city.
UNWIND $reqs AS req
CALL (req) {
  MATCH (p:Pledge)-[:DECLARES]->(:FrameworkItem {id: req.id}) WHERE req.kind = 'item' RETURN p
  UNION
  MATCH (p:Pledge)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(:FrameworkItem {id: req.id}) WHERE req.kind = 'item' RETURN p
  UNION
  MATCH (p:Pledge)-[:IN_AREA]->(:ActionArea {id: req.id}) WHERE req.kind = 'area' RETURN p
  UNION
  MATCH (:City {id: req.id})-[:MADE]->(p:Pledge) WHERE req.kind = 'city' RETURN p
}
WITH req, p ORDER BY p.id
WITH req, count(p) AS total, collect(CASE WHEN req.after IS NULL OR p.id > req.after THEN p END)[0..toInteger(req.limit)] AS page
RETURN req.key AS key, total, [x IN page | x {.*}] AS pledges

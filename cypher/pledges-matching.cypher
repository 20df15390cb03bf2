// Pledges matching optional filters, one page (keyset on id). `search` uses the full-text index
// over titles and descriptions in any language; `overdue` compares the last report (or the pledge
// date) with the latest review forum that has passed; every other filter is an exact match.
CALL () {
  WITH $search AS q WHERE q IS NULL
  MATCH (p:Pledge) RETURN p
  UNION
  WITH $search AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('pledge_text', q) YIELD node
  RETURN node AS p
}
WITH p
WHERE ($status IS NULL OR p.status = $status)
  AND ($illustrative IS NULL OR p.illustrative = $illustrative)
  AND ($actionArea IS NULL OR EXISTS { (p)-[:IN_AREA]->(:ActionArea {id: $actionArea}) })
  AND ($item IS NULL OR EXISTS { (p)-[:DECLARES]->(:FrameworkItem {id: $item}) }
       OR EXISTS { (p)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(:FrameworkItem {id: $item}) })
  AND ($country IS NULL OR EXISTS { (p)<-[:MADE]-(:City {countryCode: $country}) })
  AND ($region IS NULL OR EXISTS { (p)<-[:MADE]-(:City)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r:Region) WHERE r.id = $region OR r.name = $region })
  AND ($overdue IS NULL OR $overdue = (p.status IN ['PLEDGED', 'IN_PROGRESS'] AND $lastForum IS NOT NULL
       AND coalesce(COLLECT { MATCH (p)-[:HAS_REPORT]->(r:ProgressReport) RETURN max(r.date) }[0], p.pledgedOn, '') < $lastForum))
WITH p ORDER BY p.id
WITH count(p) AS total, collect(CASE WHEN $after IS NULL OR p.id > $after THEN p END)[0..toInteger($limit)] AS page
RETURN total, [x IN page | x {.*}] AS pledges

// Pledges matching optional filters, one page (keyset on id). `search` uses the full-text index
// over titles and descriptions in any language; `overdue` is graph/registry/forums.ts's rule: with no
// report, made by the last forum that passed; else last reported by the forum before that one.
// Drafts show only when in $draftIds, those the viewer may see (src/graph/registry/overlay.ts).
CALL () {
  WITH $search AS q WHERE q IS NULL
  MATCH (p:Pledge) RETURN p
  UNION
  WITH $search AS q WHERE q IS NULL
  MATCH (p:DraftPledge) WHERE p.id IN $draftIds RETURN p
  UNION
  WITH $search AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('pledge_text', q) YIELD node
  RETURN node AS p
  UNION
  WITH $search AS q WHERE q IS NOT NULL AND size($draftIds) > 0
  CALL db.index.fulltext.queryNodes('draft_text', q) YIELD node
  WITH node WHERE node.id IN $draftIds
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
  AND ($overdue IS NULL OR $overdue = coalesce(p.status IN ['PLEDGED', 'IN_PROGRESS'] AND $lastForum IS NOT NULL AND
       any(last IN [COLLECT { MATCH (p)-[:HAS_REPORT]->(r:ProgressReport) RETURN max(r.date) }[0]] WHERE
         CASE WHEN last IS NULL THEN p.pledgedOn <= $lastForum ELSE $prevForum IS NOT NULL AND last <= $prevForum END),
       false))
WITH p ORDER BY p.id
WITH count(p) AS total, collect(CASE WHEN $after IS NULL OR p.id > $after THEN p END)[0..toInteger($limit)] AS page
RETURN total, [x IN page | x {.*}] AS pledges

// Cities matching optional filters, one page (keyset on id). `search` matches the name (case ignored)
// or the id (as a slug: accents ignored), found through the TEXT indexes on nameKey and id; without
// it every city is a candidate (the UNWIND keeps that scan from running when there is a search).
// A city's pledges are its public ones and the drafts in $draftIds, those the viewer may see
// (src/graph/registry/overlay.ts).
CALL () {
  UNWIND (CASE WHEN $search IS NULL THEN [true] ELSE [] END) AS everyCity
  MATCH (c:City)
  RETURN c
  UNION ALL
  CALL () {
    MATCH (c:City) WHERE c.nameKey CONTAINS toLower($search) RETURN c
    UNION
    MATCH (c:City) WHERE c.id CONTAINS $searchSlug RETURN c
  }
  RETURN c
}
WITH c WHERE ($country IS NULL OR c.countryCode = $country)
  AND ($illustrative IS NULL OR c.illustrative = $illustrative)
  AND ($region IS NULL OR EXISTS { (c)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r:Region) WHERE r.id = $region OR r.name = $region })
  AND ($actionArea IS NULL OR EXISTS { (c)-[:MADE]->(p:Pledge|DraftPledge)-[:IN_AREA]->(:ActionArea {id: $actionArea})
       WHERE p:Pledge OR p.id IN $draftIds })
  AND ($item IS NULL OR EXISTS { (c)-[:MADE]->(p:Pledge|DraftPledge)-[:DECLARES]->(:FrameworkItem {id: $item})
       WHERE p:Pledge OR p.id IN $draftIds }
       OR EXISTS { (c)-[:MADE]->(p:Pledge|DraftPledge)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(:FrameworkItem {id: $item})
       WHERE p:Pledge OR p.id IN $draftIds })
WITH c ORDER BY c.id
WITH count(c) AS total, collect(CASE WHEN $after IS NULL OR c.id > $after THEN c END)[0..toInteger($limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS c
OPTIONAL MATCH (c)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(r:Region)
RETURN total, collect(c {.id, .name, .countryCode, .illustrative, .source, countryName: co.name, region: r.name, subregion: co.subregion}) AS cities

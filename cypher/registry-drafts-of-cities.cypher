// Drafts one page at a time (keyset on id): those of the given cities, or all when $cities is null
// (curators and admins). Who may ask is decided by the caller (graph/registry/policy.ts).
MATCH (p:DraftPledge)
WHERE $cities IS NULL OR any(c IN coalesce(p.cityIds, [p.cityId]) WHERE c IN $cities)
WITH p ORDER BY p.id
WITH count(p) AS total, collect(CASE WHEN $after IS NULL OR p.id > $after THEN p END)[0..toInteger($limit)] AS page
RETURN total, [x IN page | x {.*}] AS pledges

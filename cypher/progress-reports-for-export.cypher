// Every progress report on a public pledge, oldest first per pledge.
// One row per report: a joint pledge's reports are listed under its lead city.
MATCH (c:City)-[:MADE]->(p:Pledge)-[:HAS_REPORT]->(r:ProgressReport)
WHERE coalesce(p.status, '') <> 'DRAFT' AND c.id = p.cityId
RETURN r.id AS id, p.id AS pledge, c.id AS city, r.date AS date, r.forum AS forum, r.status AS status,
       r.summary AS summary, coalesce(r.illustrative, false) AS illustrative
ORDER BY pledge, date, id

// Every progress report on a public pledge, oldest first per pledge.
MATCH (c:City)-[:MADE]->(p:Pledge)-[:HAS_REPORT]->(r:ProgressReport)
WHERE coalesce(p.status, '') <> 'DRAFT'
RETURN r.id AS id, p.id AS pledge, c.id AS city, r.date AS date, r.forum AS forum, r.status AS status,
       r.summary AS summary, coalesce(r.illustrative, false) AS illustrative
ORDER BY pledge, date, id

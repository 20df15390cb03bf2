UNWIND $rows AS r
MATCH (p:Pledge {id: r.pledge})
MERGE (rep:ProgressReport {id: r.id})
SET rep.source = 'seed', rep.date = r.date, rep.forum = r.forum, rep.status = r.status, rep.summary = r.summary, rep.illustrative = r.illustrative
MERGE (p)-[:HAS_REPORT]->(rep)

UNWIND $ids AS id
MATCH (:Pledge {id: id})-[:HAS_REPORT]->(r:ProgressReport)
WITH id, r ORDER BY r.date
RETURN id, collect(r {.*}) AS reports

UNWIND $ids AS id
MATCH (:Pledge|DraftPledge {id: id})-[:HAS_REPORT]->(r:ProgressReport)
WITH id, r ORDER BY r.date
RETURN id, collect(r {.*}) AS reports

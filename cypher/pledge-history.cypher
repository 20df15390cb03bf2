// Each pledge's history events, oldest first (versions only grow).
UNWIND $ids AS id
MATCH (:Pledge|DraftPledge {id: id})-[:HAS_EVENT]->(e:PledgeEvent)
WITH id, e ORDER BY e.version, e.at
RETURN id, collect(e {.at, .actor, .action, .changes}) AS events

UNWIND $ids AS id
MATCH (:Pledge|DraftPledge {id: id})-[:IN_AREA]->(a:ActionArea)
WITH id, a ORDER BY a.number
RETURN id, collect(a {.*}) AS areas

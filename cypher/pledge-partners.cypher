UNWIND $ids AS id
MATCH (:Pledge|DraftPledge {id: id})-[:WITH_PARTNER]->(o:Organisation)
WITH id, o ORDER BY o.name
RETURN id, collect(o {.*}) AS partners

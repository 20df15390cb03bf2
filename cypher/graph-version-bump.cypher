// Every write bumps the graph version: API replicas compare it to drop cached answers.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1
RETURN v.version AS version

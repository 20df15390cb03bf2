UNWIND $ids AS id
MATCH (p:Pledge {id: id})
RETURN p {.*} AS pledge

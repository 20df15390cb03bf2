// Draft pledges by id, with their cities: the caller decides who may see each one.
UNWIND $ids AS id
MATCH (p:DraftPledge {id: id})
RETURN p {.*} AS pledge

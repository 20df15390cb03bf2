MATCH (p:Pledge|DraftPledge {id: $id})
RETURN p {.*} AS pledge

UNWIND $ids AS id
MATCH (a:ActionArea {id: id})
RETURN a {.*} AS area

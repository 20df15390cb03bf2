OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.derived AS layout, v.version AS version

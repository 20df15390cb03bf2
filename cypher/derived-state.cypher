// The graph version every write bumps, the epoch a delete or rebuild moves, and the derived layout.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.derived AS layout, v.version AS version, v.epoch AS epoch

// The graph version and, only when it differs from the version the caller's peer index was built
// at, every city's commitment set (kept current by src/graph/derived/). One round trip either way.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH coalesce(v.version, 0) AS version
CALL (version) {
  MATCH (c:City) WHERE version <> $known
  RETURN collect([c.id, coalesce(c.reachItems, [])]) AS sets
}
RETURN version, sets

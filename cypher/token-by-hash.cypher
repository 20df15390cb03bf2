// The token a request presents, found by the hash of its secret; revoked tokens still answer so
// the caller can tell "revoked" from "unknown" in its logs, but neither authenticates.
MATCH (t:ApiToken {hash: $hash})
RETURN t {.id, .name, .role, .cities, .createdAt, .revokedAt} AS token

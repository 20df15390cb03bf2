MATCH (t:ApiToken)
RETURN t {.id, .name, .role, .cities, .createdAt, .revokedAt} AS token
ORDER BY t.createdAt, t.id

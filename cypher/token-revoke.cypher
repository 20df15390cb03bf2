// Revoking keeps the token's record (who had access, and until when); it only stops it working.
MATCH (t:ApiToken {id: $id})
SET t.revokedAt = coalesce(t.revokedAt, $at)
RETURN t {.id, .name, .role, .cities, .createdAt, .revokedAt} AS token

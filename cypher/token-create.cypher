// A new API token: only the SHA-256 of the secret is stored, never the secret itself.
CREATE (t:ApiToken {id: $id, name: $name, role: $role, cities: $cities, hash: $hash,
                    createdAt: $createdAt, revokedAt: null})
RETURN t {.id, .name, .role, .cities, .createdAt, .revokedAt} AS token

MATCH (m:SeedMeta {key: $key}) RETURN m.value AS value

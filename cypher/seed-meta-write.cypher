MERGE (m:SeedMeta {key: $key}) SET m.value = $value, m.at = datetime()

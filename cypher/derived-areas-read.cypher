// The items each action area reaches through the curated crosswalk (either direction).
MATCH (a:ActionArea)
RETURN a.id AS id, COLLECT { MATCH (a)-[:ALIGNS_WITH]-(i:FrameworkItem) RETURN DISTINCT i.id } AS items

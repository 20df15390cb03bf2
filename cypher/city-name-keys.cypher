// Cities whose search key is missing or no longer their lower-cased name get it (run at every start,
// after schema.cypher): cities written by anything but the seed and the importer, e.g. by hand.
MATCH (c:City)
WHERE c.name IS NOT NULL AND (c.nameKey IS NULL OR c.nameKey <> toLower(c.name))
SET c.nameKey = toLower(c.name)
RETURN count(c) AS keyed

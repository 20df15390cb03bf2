// The cities a submission names, for the validator (a joint pledge's cities must exist).
UNWIND $ids AS id
MATCH (c:City {id: id})
RETURN c.id AS id, c.name AS name, c.countryCode AS country

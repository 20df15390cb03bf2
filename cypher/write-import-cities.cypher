// The cities of a batch of imported pledges, once each: created when new, tied to their country.
UNWIND $cities AS r
MATCH (country:Country {id: r.country})
MERGE (c:City {id: r.cityId})
  ON CREATE SET c.name = r.cityName, c.nameKey = toLower(r.cityName), c.countryCode = r.country, c.illustrative = r.illustrative, c.source = $source
MERGE (c)-[:IN_COUNTRY]->(country)

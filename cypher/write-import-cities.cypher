// The cities of a batch of imported pledges, once each: created when new. Their country links come
// later in the transaction (write-import-city-countries), once the graph version is locked: a
// country node is locked by every city linked to it, and the batch committing before this one may
// still hold it while this batch writes its pledges.
UNWIND $cities AS r
MERGE (c:City {id: r.cityId})
  ON CREATE SET c.name = r.cityName, c.nameKey = toLower(r.cityName), c.countryCode = r.country, c.illustrative = r.illustrative, c.source = $source

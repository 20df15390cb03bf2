// The cities of a batch of imported pledges, once each: created when new. Their country links come
// later in the transaction (write-import-city-countries), once the graph version is locked: a
// country node is locked by every city linked to it, and the batch committing before this one may
// still hold it while this batch writes its pledges. Then every city the rows name ($lock, sorted)
// is locked in id order, before the graph version, as a registry write does
// (registry-write-turn.cypher): a batch that changed pledges of an existing city would otherwise
// lock it only when counting, holding the version, while an officer's write held the city and
// waited for the version.
CALL () {
  UNWIND $cities AS r
  MERGE (c:City {id: r.cityId})
    ON CREATE SET c.name = r.cityName, c.nameKey = toLower(r.cityName), c.countryCode = r.country, c.illustrative = r.illustrative, c.source = $source
}
CALL () {
  UNWIND $lock AS id
  MATCH (c:City {id: id})
  SET c._lock = true
  REMOVE c._lock
}

// Ties a batch's cities (write-import-cities) to their countries; nothing for those tied already.
UNWIND $cities AS r
MATCH (country:Country {id: r.country})
MATCH (c:City {id: r.cityId})
MERGE (c)-[:IN_COUNTRY]->(country)

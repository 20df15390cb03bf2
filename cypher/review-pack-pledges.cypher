// A city's public pledges (never drafts) for a review pack, with the other cities that made each one
// with it (co-sponsors of a joint pledge).
MATCH (c:City {id: $cityId})-[:MADE]->(p:Pledge)
WHERE coalesce(p.status, '') <> 'DRAFT'
CALL (p, c) {
  OPTIONAL MATCH (other:City)-[:MADE]->(p)
  WHERE other <> c
  WITH other ORDER BY other.id
  RETURN collect(other.name) AS coSponsors
}
RETURN p {.*} AS pledge, coSponsors
ORDER BY p.pledgedOn, p.id

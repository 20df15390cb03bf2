// Takes the pledge's write lock first (the SET), then reads it: a concurrent writer waits here and
// then sees the committed version, so two updates naming the same version cannot both succeed.
MATCH (p:Pledge|DraftPledge {id: $id})
SET p._lock = true
WITH p
REMOVE p._lock
WITH p
RETURN p {.*, version: coalesce(p.version, 1), cityIds: coalesce(p.cityIds, [p.cityId]),
          actionAreas: [(p)-[:IN_AREA]->(a) | a.id],
          frameworkItems: [(p)-[:DECLARES]->(i) | i.id],
          partners: [(p)-[:WITH_PARTNER]->(o) | o.id]} AS pledge

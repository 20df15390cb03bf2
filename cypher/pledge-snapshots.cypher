// The stored state of a batch of pledges, shaped like registry-lock-pledge's answer, so an import
// can record what each row changes (its history event) and bump only the versions that moved.
UNWIND $ids AS id
MATCH (p:Pledge|DraftPledge {id: id})
RETURN p {.*, version: coalesce(p.version, 1), cityIds: coalesce(p.cityIds, [p.cityId]),
          actionAreas: [(p)-[:IN_AREA]->(a) | a.id],
          frameworkItems: [(p)-[:DECLARES]->(i) | i.id],
          partners: [(p)-[:WITH_PARTNER]->(o) | o.id]} AS pledge

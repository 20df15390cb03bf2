// Bench raw arm for UncoveredGcmObjectives: an existence test per objective stops at the first pledge.
MATCH (i:FrameworkItem {framework: 'GCM'})
WHERE NOT EXISTS { (i)<-[:DECLARES]-(:Pledge)<-[:MADE]-(:City) }
  AND NOT EXISTS { (i)-[:ALIGNS_WITH]-(:ActionArea)<-[:IN_AREA]-(:Pledge)<-[:MADE]-(:City) }
WITH i ORDER BY i.sortKey
RETURN {coverage: collect({
  item: {id: i.id, code: i.code, title: coalesce(i.title_en, i.label, i.id)}, pledgeCount: 0, cityCount: 0
})} AS data

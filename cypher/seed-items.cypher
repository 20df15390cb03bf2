// One label for all items plus one per framework, so queries can span frameworks or stay in one.
UNWIND $rows AS r
MATCH (f:Framework {code: r.framework})
MERGE (i:FrameworkItem {id: r.id})
SET i += r.props
FOREACH (_ IN CASE WHEN r.framework = 'GCM' THEN [1] ELSE [] END | SET i:GcmObjective)
FOREACH (_ IN CASE WHEN r.framework = 'GCR' THEN [1] ELSE [] END | SET i:GcrSection)
FOREACH (_ IN CASE WHEN r.framework = 'NUA' THEN [1] ELSE [] END | SET i:NuaParagraph)
FOREACH (_ IN CASE WHEN r.framework = 'SDG' AND r.kind = 'goal' THEN [1] ELSE [] END | SET i:SdgGoal)
FOREACH (_ IN CASE WHEN r.framework = 'SDG' AND r.kind = 'target' THEN [1] ELSE [] END | SET i:SdgTarget)
MERGE (i)-[:IN_FRAMEWORK]->(f)

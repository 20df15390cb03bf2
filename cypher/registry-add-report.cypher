// Appends a progress report to a pledge (locked by registry-lock-pledge), bumps its version and
// records the event. Reports are never replaced: each has its own id.
MATCH (p:Pledge|DraftPledge {id: $id})
SET p.version = coalesce(p.version, 1) + 1, p.updatedAt = $event.at, p.updatedBy = $event.actor
CREATE (p)-[:HAS_REPORT]->(r:ProgressReport {id: p.id + '-report-' + $report.date + '-v' + p.version,
        source: 'api', date: $report.date, forum: $report.forum, status: $report.status,
        summary: $report.summary, illustrative: coalesce(p.illustrative, false)})
CREATE (p)-[:HAS_EVENT]->(:PledgeEvent {id: p.id + '-v' + p.version, version: p.version, at: $event.at,
        actor: $event.actor, action: $event.action, changes: $event.changes})
RETURN p {.*} AS pledge, r {.*} AS report

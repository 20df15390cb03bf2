// The roadmap's steps and the events (milestones) that serve them.
CALL () {
  UNWIND $steps AS s
  MERGE (step:RoadmapStep {id: s.id})
  SET step += s
}
CALL () {
  UNWIND $milestones AS m
  MERGE (ms:Milestone {id: m.id})
  SET ms.name = m.name, ms.place = m.place, ms.date = m.date, ms.description = m.description
  WITH ms, m
  CALL (ms, m) {
    MATCH (ms)-[old:SERVES]->(s) WHERE NOT s.number IN m.steps
    DELETE old
  }
  WITH ms, m
  UNWIND m.steps AS n
  MATCH (step:RoadmapStep {number: n})
  MERGE (ms)-[:SERVES]->(step)
}

// Bench raw arm for Frameworks: the four frameworks in code order, each with its item count (a
// degree-like count on the framework property, as cypher/frameworks.cypher reads it).
MATCH (f:Framework)
WITH f ORDER BY f.code
RETURN {frameworks: collect({code: f.code, name: f.name, document: f.document,
  itemCount: COUNT { (i:FrameworkItem) WHERE i.framework = f.code }})} AS data

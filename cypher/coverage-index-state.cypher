// What a coverage answer needs besides the counts: the graph version and epoch (does the in-memory
// index hold them?), the framework's items in document order, and the matrix's columns ($by REGION,
// ACTION_AREA or STATUS; none when null). One round trip when the index is current.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH coalesce(v.version, 0) AS version, coalesce(v.epoch, 0) AS epoch
CALL () {
  CALL () {
    MATCH (r:Region) WHERE $by = 'REGION'
    RETURN r.id AS key, r.name AS label, r.name AS ord
    UNION
    MATCH (a:ActionArea) WHERE $by = 'ACTION_AREA'
    RETURN a.id AS key, coalesce(a['title_' + $lang], a.title_en, a.id) AS label, toString(10000 + a.number) AS ord
    UNION
    UNWIND range(0, size($statuses) - 1) AS n
    WITH n WHERE $by = 'STATUS'
    RETURN $statuses[n] AS key, $statuses[n] AS label, toString(10000 + n) AS ord
  }
  WITH key, label ORDER BY ord
  RETURN collect({key: key, label: label}) AS columns
}
// The items only when the caller's copy ($itemsVersion, $itemsEpoch) is not at this version: SDG's,
// with titles in four languages, weigh about 230 KB (graph/derived/item-list.ts keeps them).
CALL (version, epoch) {
  WITH version, epoch WHERE NOT (version = $itemsVersion AND epoch = $itemsEpoch)
  MATCH (i:FrameworkItem {framework: $framework})
  OPTIONAL MATCH (i)-[:PART_OF]->(parent:FrameworkItem)
  WITH i, parent ORDER BY i.sortKey
  RETURN collect(i {.*, parentId: parent.id}) AS items
}
RETURN version, epoch, columns, items

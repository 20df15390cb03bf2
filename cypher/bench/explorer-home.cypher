// Bench raw arm for ExplorerHome (lang EN): framework item counts, the city and pledge totals (label
// counts, read from the count store) and the action areas in order.
CALL () {
  MATCH (f:Framework)
  WITH f ORDER BY f.code
  RETURN collect({code: f.code, name: f.name, itemCount: COUNT { (i:FrameworkItem) WHERE i.framework = f.code }})
    AS frameworks
}
CALL () {
  MATCH (a:ActionArea)
  WITH a ORDER BY a.number
  RETURN collect({id: a.id, number: a.number, title: coalesce(a.title_en, a.label, a.id)}) AS areas
}
RETURN {frameworks: frameworks, cities: {totalCount: COUNT { (:City) }}, pledges: {totalCount: COUNT { (:Pledge) }},
  actionAreas: areas} AS data

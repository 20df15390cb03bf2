// Official goal and target texts, one row per item with a property per language.
UNWIND $rows AS r
MATCH (i:FrameworkItem {id: r.id})
SET i += r.props, i.textsSource = $source
RETURN count(i) AS updated

// Node counts by label and relationship counts by type: what a load did, in numbers.
CALL () { MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS n RETURN collect([label, n]) AS labels }
CALL () { MATCH ()-[r]->() WITH type(r) AS t, count(*) AS n RETURN collect([t, n]) AS types }
RETURN labels, types

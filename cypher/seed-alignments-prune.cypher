// A link taken out of crosswalk.yaml leaves the graph too: the reviewed file is the only source.
MATCH (a)-[l:ALIGNS_WITH {basis: 'CURATED'}]->(b)
WHERE NOT (a.id + '|' + b.id) IN $keys
DELETE l
RETURN count(*) AS removed

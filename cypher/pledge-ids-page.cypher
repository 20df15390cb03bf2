// Pledge ids in id order after a given one, for walking every pledge in batches.
MATCH (p:Pledge) WHERE p.id > $after
RETURN p.id AS id ORDER BY p.id LIMIT toInteger($limit)

// Each touched city's commitment set with, per item, how many of its public pledges reach it.
UNWIND $ids AS id
MATCH (c:City {id: id})
SET c.reachLock = true
WITH c
RETURN c.id AS id, coalesce(c.reachItems, []) AS items, coalesce(c.reachCounts, []) AS counts

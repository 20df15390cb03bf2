// What the graph already holds for the ids of an import batch, read once per batch while the file
// is validated: a registry draft's id is refused (the row would become a second node beside the
// draft), and a pledge's importHash lets the importer drop a row whose hash equals it before it is
// spilled, so an unchanged re-import costs this one read per batch and writes nothing.
// Only ids that are a draft or carry a hash come back: a new id answers nothing.
UNWIND $ids AS id
OPTIONAL MATCH (d:DraftPledge {id: id})
OPTIONAL MATCH (p:Pledge {id: id})
WITH id, d, p
WHERE d IS NOT NULL OR p.importHash IS NOT NULL
RETURN id, d IS NOT NULL AS draft, p.importHash AS hash

// Which ids of an import batch are stored, each with the content hash of the file row that last
// wrote or matched it (removed when the API changes the pledge): a row whose hash equals it would
// change nothing, so an unchanged re-import reads one property per pledge instead of its links.
UNWIND $ids AS id
MATCH (p:Pledge|DraftPledge {id: id})
RETURN p.id AS id, p.importHash AS hash

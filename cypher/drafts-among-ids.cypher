// Which ids of an import batch a registry draft (DraftPledge) already holds: an imported row with
// such an id would become a second node beside the draft, so the importer refuses it.
UNWIND $ids AS id
MATCH (d:DraftPledge {id: id})
RETURN d.id AS id

UNWIND $rows AS r
MERGE (f:Framework {code: r.code})
SET f.id = r.code, f.name = r.name, f.document = r.document, f.adopted = r.adopted, f.description = r.description

// The four frameworks with how many items each holds.
MATCH (f:Framework)
OPTIONAL MATCH (i:FrameworkItem {framework: f.code})
WITH f, count(i) AS itemCount
RETURN f.code AS code, f.name AS name, f.document AS document, f.adopted AS adopted,
       f.description AS description, itemCount
ORDER BY code

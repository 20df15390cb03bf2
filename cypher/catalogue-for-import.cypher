// Everything a pledge file may refer to, read once before validating it.
CALL () { MATCH (i:FrameworkItem) RETURN collect(i.id) AS itemIds }
CALL () { MATCH (a:ActionArea) RETURN collect(a.id) AS actionAreaIds }
CALL () { MATCH (c:Country) RETURN collect([c.id, c.alpha2]) AS countries }
CALL () { MATCH (o:Organisation) RETURN collect([o.id, o.name]) AS organisations }
RETURN itemIds, actionAreaIds, countries, organisations

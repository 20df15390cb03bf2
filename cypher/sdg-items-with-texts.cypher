// How many SDG items carry an official English title: zero means the texts were never imported.
MATCH (i:FrameworkItem {framework: 'SDG'})
RETURN count(i) AS items, count(i.title_en) AS withTitles

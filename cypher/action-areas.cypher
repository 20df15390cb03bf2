MATCH (a:ActionArea) RETURN a {.*} AS area ORDER BY a.number

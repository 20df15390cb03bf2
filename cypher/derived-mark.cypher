// Records which layout of derived data the graph holds; a start rebuilds when it differs.
MERGE (v:GraphVersion {id: 'graph'})
SET v.derived = $layout

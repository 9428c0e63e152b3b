// Embedded dialect: ALL SHORTEST instead of allShortestPaths, list_transform instead of
// list comprehensions, label(r) instead of type(r).
MATCH (a:Institution {key: $from}), (b:Institution {key: $to})
WHERE a.key <> b.key
MATCH p = (a)-[:PARTY_TO|ATTENDED|HOLDS_POSITION|SUCCEEDED_BY|PART_OF|JURISDICTION_OVER|LOCATED_IN* ALL SHORTEST 1..8]-(b)
RETURN length(p) AS hops, list_transform(nodes(p), n -> n.key) AS nodes,
       list_transform(nodes(p), n -> coalesce(n.name, n.title, n.kind, n.key)) AS names,
       list_transform(rels(p), r -> label(r)) AS rels

// Embedded dialect: ALL SHORTEST instead of allShortestPaths, list_transform instead of
// list comprehensions, label(r) instead of type(r), and the rejected facts left out by a
// filter on the steps (r, n: each relationship and each node between the ends).
MATCH (a:Institution {key: $from}), (b:Institution {key: $to})
WHERE a.key <> b.key AND NOT $cooperation_only
MATCH p = (a)-[:PARTY_TO|ATTENDED|HOLDS_POSITION|SUCCEEDED_BY|PART_OF|JURISDICTION_OVER|LOCATED_IN* ALL SHORTEST 1..8
      (r, n | WHERE coalesce(r.review, '') <> 'rejected' AND coalesce(n.review, '') <> 'rejected'
                    AND coalesce(n.status, '') <> 'rejected')]-(b)
RETURN length(p) AS hops, list_transform(nodes(p), n -> n.key) AS nodes,
       list_transform(nodes(p), n -> coalesce(n.name, n.title, n.kind, n.key)) AS names,
       list_transform(rels(p), r -> label(r)) AS rels
// Agreements and meetings only: their links (PARTY_TO, ATTENDED) carry no review.
UNION ALL
MATCH (a:Institution {key: $from}), (b:Institution {key: $to})
WHERE a.key <> b.key AND $cooperation_only
MATCH p = (a)-[:PARTY_TO|ATTENDED* ALL SHORTEST 1..8
      (r, n | WHERE coalesce(n.review, '') <> 'rejected'
                    AND coalesce(n.status, '') <> 'rejected')]-(b)
RETURN length(p) AS hops, list_transform(nodes(p), n -> n.key) AS nodes,
       list_transform(nodes(p), n -> coalesce(n.name, n.title, n.kind, n.key)) AS names,
       list_transform(rels(p), r -> label(r)) AS rels

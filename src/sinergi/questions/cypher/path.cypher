// title: Shortest chain between two institutions
// title_id: Rantai terpendek antara dua instansi
// summary_id: Rantai hubungan terpendek (perjanjian, pertemuan, pejabat, wilayah; atau hanya perjanjian dan pertemuan) yang menghubungkan dua instansi.
// summary_en: The shortest chains of relationships (agreements, meetings, officials, regions; or only agreements and meetings) linking two institutions.
// description: The shortest chains of relationships (at most 8 hops) linking two institutions
// description: through agreements (PARTY_TO), meetings (ATTENDED), people (HOLDS_POSITION),
// description: office hierarchy (PART_OF, SUCCEEDED_BY) and regions (JURISDICTION_OVER,
// description: LOCATED_IN); provenance and topic links are left out. Ties: up to 10 chains,
// description: in key order. nodes: node keys from -> to; names: their names; rels: the
// description: relationship types between them. Chains do not pass through facts rejected
// description: in review (agreements, meetings, institutions, people, positions).
// param: from: institution -- institution key or exact name where the chain starts
// description: With cooperation_only, chains follow only cooperation links: agreements
// description: (PARTY_TO) and meetings (ATTENDED), not offices, people or regions.
// param: to: institution -- institution key or exact name where the chain ends
// param: cooperation_only: bool = false -- follow only agreements and meetings (true/false)
// columns: hops, nodes, names, rels
// order: hops, nodes, rels
MATCH (a:Institution {key: $from}), (b:Institution {key: $to})
WHERE a.key <> b.key AND NOT $cooperation_only
MATCH p = allShortestPaths((a)-[:PARTY_TO|ATTENDED|HOLDS_POSITION|SUCCEEDED_BY|PART_OF|JURISDICTION_OVER|LOCATED_IN*..8]-(b))
// Rejected facts: review on Agreement, Meeting, HOLDS_POSITION; status on Institution, Person.
WHERE all(n IN nodes(p) WHERE coalesce(n.review, '') <> 'rejected'
                          AND coalesce(n.status, '') <> 'rejected')
  AND all(r IN relationships(p) WHERE coalesce(r.review, '') <> 'rejected')
RETURN length(p) AS hops, [n IN nodes(p) | n.key] AS nodes,
       [n IN nodes(p) | coalesce(n.name, n.title, n.kind, n.key)] AS names,
       [r IN relationships(p) | type(r)] AS rels
UNION ALL
MATCH (a:Institution {key: $from}), (b:Institution {key: $to})
WHERE a.key <> b.key AND $cooperation_only
MATCH p = allShortestPaths((a)-[:PARTY_TO|ATTENDED*..8]-(b))
// Rejected facts: review on Agreement, Meeting, HOLDS_POSITION; status on Institution, Person.
WHERE all(n IN nodes(p) WHERE coalesce(n.review, '') <> 'rejected'
                          AND coalesce(n.status, '') <> 'rejected')
  AND all(r IN relationships(p) WHERE coalesce(r.review, '') <> 'rejected')
RETURN length(p) AS hops, [n IN nodes(p) | n.key] AS nodes,
       [n IN nodes(p) | coalesce(n.name, n.title, n.kind, n.key)] AS names,
       [r IN relationships(p) | type(r)] AS rels

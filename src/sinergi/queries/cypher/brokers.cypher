// title: Brokers of a province's cooperation network
// description: Institutions ranked by betweenness centrality (networkx, normalised) in the
// description: cooperation network of the province: two institutions are linked when they are
// description: parties to one agreement or attended one meeting, counting the agreements that
// description: cover a region of the province or have a party of the province, and the meetings
// description: held in it or attended by one of its institutions. partners: institutions linked
// description: to it; shared: agreements and meetings behind those links.
// param: province: province -- province code, name or alias (63, Kalimantan Selatan, Kalsel)
// columns: rank, institution, name, kind, betweenness, partners, shared
// order: rank
MATCH (:Region {province: $province})<-[:COVERS]-(x:Agreement)
MATCH (i:Institution)-[:PARTY_TO]->(x)<-[:PARTY_TO]-(j:Institution)
WHERE i.key < j.key
RETURN i.key AS a, i.name AS a_name, i.kind AS a_kind,
       j.key AS b, j.name AS b_name, j.kind AS b_kind, x.key AS via
UNION
MATCH (g:Institution)-[:PARTY_TO]->(x:Agreement)
WHERE g.region = $province OR g.region STARTS WITH ($province + '.')
MATCH (i:Institution)-[:PARTY_TO]->(x)<-[:PARTY_TO]-(j:Institution)
WHERE i.key < j.key
RETURN i.key AS a, i.name AS a_name, i.kind AS a_kind,
       j.key AS b, j.name AS b_name, j.kind AS b_kind, x.key AS via
UNION
MATCH (:Region {province: $province})<-[:LOCATED_IN]-(x:Meeting)
MATCH (i:Institution)-[:ATTENDED]->(x)<-[:ATTENDED]-(j:Institution)
WHERE i.key < j.key
RETURN i.key AS a, i.name AS a_name, i.kind AS a_kind,
       j.key AS b, j.name AS b_name, j.kind AS b_kind, x.key AS via
UNION
MATCH (g:Institution)-[:ATTENDED]->(x:Meeting)
WHERE g.region = $province OR g.region STARTS WITH ($province + '.')
MATCH (i:Institution)-[:ATTENDED]->(x)<-[:ATTENDED]-(j:Institution)
WHERE i.key < j.key
RETURN i.key AS a, i.name AS a_name, i.kind AS a_kind,
       j.key AS b, j.name AS b_name, j.kind AS b_kind, x.key AS via

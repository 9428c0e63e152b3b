// title: Brokers of a province's cooperation network
// description: Institutions ranked by betweenness centrality (networkx, normalised) in the
// description: cooperation network of the province: two institutions are linked when they are
// description: parties to one agreement or attended one meeting, counting the agreements that
// description: cover a region of the province or have a party of the province, and the meetings
// description: held in it or attended by one of its institutions. partners: institutions linked
// description: to it; shared: agreements and meetings behind those links. Agreements,
// description: meetings and institutions rejected in review are left out.
// param: province: province -- province code, name or alias (63, Kalimantan Selatan, Kalsel)
// columns: rank, institution, name, kind, betweenness, partners, shared
// order: rank
OPTIONAL MATCH (:Region {province: $province})<-[:COVERS]-(x1:Agreement)
WITH collect(DISTINCT x1.key) AS covering
OPTIONAL MATCH (g:Institution)-[:PARTY_TO]->(x2:Agreement)
WHERE (g.region = $province OR g.region STARTS WITH ($province + '.'))
  AND coalesce(g.status, '') <> 'rejected'
WITH covering, collect(DISTINCT x2.key) AS with_party
UNWIND covering + with_party AS k
WITH DISTINCT k
MATCH (i:Institution)-[:PARTY_TO]->(x:Agreement {key: k})<-[:PARTY_TO]-(j:Institution)
WHERE i.key < j.key AND coalesce(x.review, '') <> 'rejected'
  AND coalesce(i.status, '') <> 'rejected' AND coalesce(j.status, '') <> 'rejected'
RETURN i.key AS a, i.name AS a_name, i.kind AS a_kind,
       j.key AS b, j.name AS b_name, j.kind AS b_kind, collect(x.key) AS via
// UNION ALL: the embedded engine's UNION drops rows that differ only in a list column.
UNION ALL
OPTIONAL MATCH (:Region {province: $province})<-[:LOCATED_IN]-(x1:Meeting)
WITH collect(DISTINCT x1.key) AS held_in
OPTIONAL MATCH (g:Institution)-[:ATTENDED]->(x2:Meeting)
WHERE (g.region = $province OR g.region STARTS WITH ($province + '.'))
  AND coalesce(g.status, '') <> 'rejected'
WITH held_in, collect(DISTINCT x2.key) AS with_attendee
UNWIND held_in + with_attendee AS k
WITH DISTINCT k
MATCH (i:Institution)-[:ATTENDED]->(x:Meeting {key: k})<-[:ATTENDED]-(j:Institution)
WHERE i.key < j.key AND coalesce(x.review, '') <> 'rejected'
  AND coalesce(i.status, '') <> 'rejected' AND coalesce(j.status, '') <> 'rejected'
RETURN i.key AS a, i.name AS a_name, i.kind AS a_kind,
       j.key AS b, j.name AS b_name, j.kind AS b_kind, collect(x.key) AS via

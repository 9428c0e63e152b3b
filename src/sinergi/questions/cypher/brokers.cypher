// title: Brokers of a province's cooperation network
// title_id: Perantara jaringan kerja sama provinsi
// summary_id: Instansi yang paling sering menjadi penghubung antarmitra kerja sama di provinsi (sentralitas antara).
// summary_en: Institutions that most often link the partners of a province's cooperation network (betweenness).
// description: Institutions ranked by betweenness centrality (normalised, as networkx computes
// description: it) in the cooperation network of the province: two institutions are linked when
// description: they are parties to one agreement or attended one meeting, counting the agreements
// description: that cover a region of the province or have a party of the province, and the
// description: meetings held in it or attended by one of its institutions. partners: institutions
// description: linked to it; shared: agreements and meetings behind those links. Agreements,
// description: meetings and institutions rejected in review are left out.
// param: province: province -- province code, name or alias (63, Kalimantan Selatan, Kalsel)
// columns: rank, institution, name, kind, betweenness, partners, shared
// order: rank

// Each half returns one row: a list with, per institution, [key, name, kind, event keys...].
// The Python step (queries/brokers.py) links the members of each event and scores the
// network. A row per pair of members was ten times the data on a large province, and a row
// per institution costs the driver more than one row holding them all (25 -> 18 ms).
OPTIONAL MATCH (:Region {province: $province})<-[:COVERS]-(x1:Agreement)
WITH collect(DISTINCT x1) AS covering
OPTIONAL MATCH (g:Institution)-[:PARTY_TO]->(x2:Agreement)
WHERE (g.region = $province OR g.region STARTS WITH ($province + '.'))
  AND coalesce(g.status, '') <> 'rejected'
WITH covering, collect(DISTINCT x2) AS with_party
UNWIND covering + with_party AS x
WITH DISTINCT x
WHERE coalesce(x.review, '') <> 'rejected'
MATCH (i:Institution)-[:PARTY_TO]->(x)
WITH i, collect(x.key) AS events
WHERE coalesce(i.status, '') <> 'rejected'
RETURN collect([i.key, i.name, i.kind] + events) AS institutions
// UNION ALL: an institution may be in both halves (agreements, meetings); the Python step
// merges them.
UNION ALL
OPTIONAL MATCH (:Region {province: $province})<-[:LOCATED_IN]-(x1:Meeting)
WITH collect(DISTINCT x1) AS held_in
OPTIONAL MATCH (g:Institution)-[:ATTENDED]->(x2:Meeting)
WHERE (g.region = $province OR g.region STARTS WITH ($province + '.'))
  AND coalesce(g.status, '') <> 'rejected'
WITH held_in, collect(DISTINCT x2) AS with_attendee
UNWIND held_in + with_attendee AS x
WITH DISTINCT x
WHERE coalesce(x.review, '') <> 'rejected'
MATCH (i:Institution)-[:ATTENDED]->(x)
WITH i, collect(x.key) AS events
WHERE coalesce(i.status, '') <> 'rejected'
RETURN collect([i.key, i.name, i.kind] + events) AS institutions

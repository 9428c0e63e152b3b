// Embedded dialect: a node taken out of a list by UNWIND cannot start a MATCH there, so the
// events travel as keys and are found again by key (on Neo4j that costs a third more time).
// The province's institutions come before the region's events: this engine plans an
// OPTIONAL MATCH after a WITH slowly, and the other order took 543 instead of 317 ms on Aceh.
OPTIONAL MATCH (g:Institution)-[:PARTY_TO]->(x2:Agreement)
WHERE (g.region = $province OR g.region STARTS WITH ($province + '.'))
  AND coalesce(g.status, '') <> 'rejected'
WITH collect(DISTINCT x2.key) AS with_party
OPTIONAL MATCH (:Region {province: $province})<-[:COVERS]-(x1:Agreement)
WITH with_party, collect(DISTINCT x1.key) AS covering
UNWIND covering + with_party AS k
WITH DISTINCT k
MATCH (i:Institution)-[:PARTY_TO]->(x:Agreement {key: k})
WHERE coalesce(x.review, '') <> 'rejected'
WITH i, collect(x.key) AS events
WHERE coalesce(i.status, '') <> 'rejected'
RETURN collect([i.key, i.name, i.kind] + events) AS institutions
// UNION ALL: this engine's UNION drops rows that differ only in a list column.
UNION ALL
OPTIONAL MATCH (g:Institution)-[:ATTENDED]->(x2:Meeting)
WHERE (g.region = $province OR g.region STARTS WITH ($province + '.'))
  AND coalesce(g.status, '') <> 'rejected'
WITH collect(DISTINCT x2.key) AS with_attendee
OPTIONAL MATCH (:Region {province: $province})<-[:LOCATED_IN]-(x1:Meeting)
WITH with_attendee, collect(DISTINCT x1.key) AS held_in
UNWIND held_in + with_attendee AS k
WITH DISTINCT k
MATCH (i:Institution)-[:ATTENDED]->(x:Meeting {key: k})
WHERE coalesce(x.review, '') <> 'rejected'
WITH i, collect(x.key) AS events
WHERE coalesce(i.status, '') <> 'rejected'
RETURN collect([i.key, i.name, i.kind] + events) AS institutions

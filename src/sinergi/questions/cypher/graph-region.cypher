// title: Network around a kabupaten/kota (graph view)
// title_id: Jaringan di sekitar kabupaten/kota
// summary_id: Setiap hubungan yang digambar peta jaringan kabupaten/kota, satu baris per hubungan.
// summary_en: Every relationship the kabupaten/kota network view draws, one row per edge.
// description: Every relationship the region view draws, one row per edge: the agreements that cover the region or have a party based there, with all their parties; the meetings held there or attended by its institutions, with all attendees; who has jurisdiction over the region and its kecamatan; officials' positions at its institutions; the office hierarchy of the immigration offices serving it. Facts rejected in review (agreements, meetings, institutions, people, positions, reports) are left out.
// description: The columns of graph-province except members (one row per edge, agreements and meetings included, with both ends, date, detail, the first evidence sentence with its source, and every source reporting the edge); see there for the typed nulls and the Python step that splits first into evidence and source_url.
// param: region: region -- kab/kota code or name (63.10, Tanah Bumbu)
// columns: key, type, source, source_label, source_name, source_kind, target, target_label, target_name, target_kind, target_topics, target_status, date, detail, evidence, source_url, sources
// sets: target_topics, sources
// order: key
OPTIONAL MATCH (:Region {key: $region})<-[:COVERS]-(x1:Agreement)
WITH collect(DISTINCT x1.key) AS covering
OPTIONAL MATCH (p:Institution)-[:PARTY_TO]->(x2:Agreement)
WHERE (p.region = $region OR p.region STARTS WITH ($region + '.'))
  AND coalesce(p.status, '') <> 'rejected'
WITH covering, collect(DISTINCT x2.key) AS with_party
UNWIND covering + with_party AS k
WITH DISTINCT k
MATCH (a:Agreement {key: k})
// k stays in the WITH: without it the embedded engine fails the OPTIONAL MATCH below
// ("Cannot evaluate expression with type VARIABLE").
WITH k, a WHERE coalesce(a.review, '') <> 'rejected'
// The agreement's reports, once per agreement (not once per party).
OPTIONAL MATCH (s)-[rep:REPORTS]->(a)
WHERE rep.fact = a.key AND coalesce(rep.status, '') <> 'rejected'
WITH k, a,
     min(CASE WHEN rep.evidence IS NULL THEN NULL
              ELSE rep.evidence + ' ' + coalesce(s.url, s.key) END) AS first,
     collect(DISTINCT coalesce(s.url, s.key)) AS sources
MATCH (i:Institution)-[r:PARTY_TO]->(a)
WHERE coalesce(i.status, '') <> 'rejected'
RETURN r.key AS key, 'PARTY_TO' AS type,
       i.key AS source, 'Institution' AS source_label, i.name AS source_name, i.kind AS source_kind,
       a.key AS target, 'Agreement' AS target_label, a.title AS target_name, a.kind AS target_kind,
       a.topics AS target_topics, a.status AS target_status,
       a.signed_on AS date, r.role AS detail, first, sources
UNION
OPTIONAL MATCH (:Region {key: $region})<-[:LOCATED_IN]-(x1:Meeting)
WITH collect(DISTINCT x1.key) AS held_in
OPTIONAL MATCH (p:Institution)-[:ATTENDED]->(x2:Meeting)
WHERE (p.region = $region OR p.region STARTS WITH ($region + '.'))
  AND coalesce(p.status, '') <> 'rejected'
WITH held_in, collect(DISTINCT x2.key) AS with_attendee
UNWIND held_in + with_attendee AS k
WITH DISTINCT k
MATCH (m:Meeting {key: k})
WITH k, m WHERE coalesce(m.review, '') <> 'rejected'
// The meeting's reports, once per meeting (not once per attendee).
OPTIONAL MATCH (s)-[rep:REPORTS]->(m)
WHERE rep.fact = m.key AND coalesce(rep.status, '') <> 'rejected'
WITH k, m,
     min(CASE WHEN rep.evidence IS NULL THEN NULL
              ELSE rep.evidence + ' ' + coalesce(s.url, s.key) END) AS first,
     collect(DISTINCT coalesce(s.url, s.key)) AS sources
MATCH (i:Institution)-[r:ATTENDED]->(m)
WHERE coalesce(i.status, '') <> 'rejected'
RETURN r.key AS key, 'ATTENDED' AS type,
       i.key AS source, 'Institution' AS source_label, i.name AS source_name, i.kind AS source_kind,
       m.key AS target, 'Meeting' AS target_label,
       CASE WHEN false THEN 'target_name' END AS target_name,
       m.kind AS target_kind,
       CASE WHEN m.topic IS NULL THEN CASE WHEN false THEN ['topic'] END ELSE [m.topic] END
         AS target_topics,
       m.review AS target_status, m.date AS date, r.role AS detail,
       first, sources
UNION
OPTIONAL MATCH (:Region {key: $region})<-[:LOCATED_IN]-(x1:Meeting)
WITH collect(DISTINCT x1.key) AS held_in
OPTIONAL MATCH (p:Institution)-[:ATTENDED]->(x2:Meeting)
WHERE (p.region = $region OR p.region STARTS WITH ($region + '.'))
  AND coalesce(p.status, '') <> 'rejected'
WITH held_in, collect(DISTINCT x2.key) AS with_attendee
UNWIND held_in + with_attendee AS k
WITH DISTINCT k
MATCH (x:Person)-[r:ATTENDED]->(m:Meeting {key: k})
WITH m, x, r WHERE coalesce(m.review, '') <> 'rejected' AND coalesce(x.status, '') <> 'rejected'
RETURN r.key AS key, 'ATTENDED' AS type,
       x.key AS source, 'Person' AS source_label, x.name AS source_name,
       CASE WHEN false THEN 'source_kind' END AS source_kind,
       m.key AS target, 'Meeting' AS target_label,
       CASE WHEN false THEN 'target_name' END AS target_name,
       m.kind AS target_kind,
       CASE WHEN m.topic IS NULL THEN CASE WHEN false THEN ['topic'] END ELSE [m.topic] END
         AS target_topics,
       m.review AS target_status, m.date AS date, r.role AS detail,
       CASE WHEN false THEN 'first' END AS first,
       CASE WHEN false THEN ['sources'] END AS sources
UNION
MATCH (i:Institution)-[r:JURISDICTION_OVER]->(g:Region)
WHERE (g.key = $region OR g.parent = $region)
  AND coalesce(i.status, '') <> 'rejected'
RETURN r.key AS key, 'JURISDICTION_OVER' AS type,
       i.key AS source, 'Institution' AS source_label, i.name AS source_name, i.kind AS source_kind,
       g.key AS target, 'Region' AS target_label, g.name AS target_name, g.level AS target_kind,
       CASE WHEN false THEN ['target_topics'] END AS target_topics,
       CASE WHEN false THEN 'target_status' END AS target_status, r.since AS date,
       CASE WHEN r.partial THEN 'partial' ELSE CASE WHEN false THEN 'detail' END END AS detail,
       CASE WHEN false THEN 'first' END AS first,
       CASE WHEN r.source_url IS NULL THEN CASE WHEN false THEN ['sources'] END
            ELSE [r.source_url] END AS sources
UNION
OPTIONAL MATCH (:Region {key: $region})<-[:LOCATED_IN]-(x1:Institution)
WITH collect(DISTINCT x1.key) AS located
OPTIONAL MATCH (x2:Institution)
WHERE x2.region = $region OR x2.region STARTS WITH ($region + '.')
WITH located, collect(x2.key) AS of_region
UNWIND located + of_region AS k
WITH DISTINCT k
MATCH (x:Person)-[r:HOLDS_POSITION]->(i:Institution {key: k})
WITH k, x, r, i
WHERE coalesce(x.status, '') <> 'rejected' AND coalesce(r.review, '') <> 'rejected'
  AND coalesce(i.status, '') <> 'rejected'
OPTIONAL MATCH (s)-[rep:REPORTS]->(x)
WHERE rep.fact = r.key AND coalesce(rep.status, '') <> 'rejected'
WITH k, x, r, i,
     min(CASE WHEN rep.evidence IS NULL THEN NULL
              ELSE rep.evidence + ' ' + coalesce(s.url, s.key) END) AS first,
     collect(DISTINCT coalesce(s.url, s.key)) AS sources
RETURN r.key AS key, 'HOLDS_POSITION' AS type,
       x.key AS source, 'Person' AS source_label, x.name AS source_name,
       CASE WHEN false THEN 'source_kind' END AS source_kind,
       i.key AS target, 'Institution' AS target_label, i.name AS target_name, i.kind AS target_kind,
       CASE WHEN false THEN ['target_topics'] END AS target_topics,
       i.status AS target_status, coalesce(r.since, r.seen_on) AS date, r.title AS detail,
       first, sources
UNION
OPTIONAL MATCH (:Region {key: $region})<-[:JURISDICTION_OVER]-(x1:Institution)
WITH collect(DISTINCT x1.key) AS serving
OPTIONAL MATCH (x2:Institution {region: $region})
WITH serving, collect(x2.key) AS of_region
UNWIND serving + of_region AS k
WITH DISTINCT k
MATCH (i:Institution {key: k})-[r:SUCCEEDED_BY]->(j:Institution)
WITH i, r, j WHERE coalesce(i.status, '') <> 'rejected' AND coalesce(j.status, '') <> 'rejected'
RETURN r.key AS key, 'SUCCEEDED_BY' AS type,
       i.key AS source, 'Institution' AS source_label, i.name AS source_name, i.kind AS source_kind,
       j.key AS target, 'Institution' AS target_label, j.name AS target_name, j.kind AS target_kind,
       CASE WHEN false THEN ['target_topics'] END AS target_topics,
       j.status AS target_status, r.on_date AS date, r.note AS detail,
       CASE WHEN false THEN 'first' END AS first,
       CASE WHEN false THEN ['sources'] END AS sources
UNION
OPTIONAL MATCH (:Region {key: $region})<-[:JURISDICTION_OVER]-(x1:Institution)
WITH collect(DISTINCT x1.key) AS serving
OPTIONAL MATCH (x2:Institution {region: $region})
WITH serving, collect(x2.key) AS of_region
UNWIND serving + of_region AS k
WITH DISTINCT k
MATCH (i:Institution)-[r:SUCCEEDED_BY]->(j:Institution {key: k})
WITH i, r, j WHERE coalesce(i.status, '') <> 'rejected' AND coalesce(j.status, '') <> 'rejected'
RETURN r.key AS key, 'SUCCEEDED_BY' AS type,
       i.key AS source, 'Institution' AS source_label, i.name AS source_name, i.kind AS source_kind,
       j.key AS target, 'Institution' AS target_label, j.name AS target_name, j.kind AS target_kind,
       CASE WHEN false THEN ['target_topics'] END AS target_topics,
       j.status AS target_status, r.on_date AS date, r.note AS detail,
       CASE WHEN false THEN 'first' END AS first,
       CASE WHEN false THEN ['sources'] END AS sources
UNION
OPTIONAL MATCH (:Region {key: $region})<-[:JURISDICTION_OVER]-(x1:Institution)
WITH collect(DISTINCT x1.key) AS serving
OPTIONAL MATCH (x2:Institution {region: $region})
WITH serving, collect(x2.key) AS of_region
UNWIND serving + of_region AS k
WITH DISTINCT k
MATCH (i:Institution {key: k})-[r:PART_OF]->(j:Institution)
WITH i, r, j WHERE coalesce(i.status, '') <> 'rejected' AND coalesce(j.status, '') <> 'rejected'
RETURN r.key AS key, 'PART_OF' AS type,
       i.key AS source, 'Institution' AS source_label, i.name AS source_name, i.kind AS source_kind,
       j.key AS target, 'Institution' AS target_label, j.name AS target_name, j.kind AS target_kind,
       CASE WHEN false THEN ['target_topics'] END AS target_topics,
       j.status AS target_status, CASE WHEN false THEN 'date' END AS date,
       CASE WHEN false THEN 'detail' END AS detail,
       CASE WHEN false THEN 'first' END AS first,
       CASE WHEN false THEN ['sources'] END AS sources

// title: Network of a province (graph view)
// title_id: Jaringan kerja sama provinsi
// summary_id: Setiap hubungan yang digambar peta jaringan provinsi: satu baris per perjanjian dan per pertemuan (dengan semua pihak atau pesertanya), satu baris per hubungan lain.
// summary_en: Every relationship the province's network view draws: one row per agreement and per meeting (with all its parties or attendees), one row per other edge.
// description: Every relationship the province view draws: the agreements and meetings that cover a region of the province or have a party there, with all their parties and attendees; the jurisdiction of governments and immigration offices over its regions; officials' positions at its institutions; successions and office hierarchy. Facts rejected in review (agreements, meetings, institutions, people, positions, reports) are left out.
// description: An agreement or a meeting is one row (type PARTY_TO or ATTENDED, key = the event's key, the event as target) whose members column lists its parties or attendees, each as [edge key, key, label, name, kind, role], ordered by edge key; its source columns and detail are empty. Every other row is one edge (source -> target) with members empty. Each row carries what the page shows of the ends, the date, a detail (title, partial coverage), one evidence sentence (the first in text order) with the source (URL, or record key) it comes from, and sources: every source that reports it (article URLs, record keys; for jurisdiction, the reference source). An event's reports are the evidence of each of its members, institutions and officials alike. One row per event keeps the answer small: a province's network repeats each meeting once, not once per attendee (issue 20). sinergi evidence KEY lists each report of an edge with its sentence. CASE WHEN false THEN 'col' END is a typed null (the embedded engine cannot union an untyped NULL), its literal differs per column because that engine mixes up a UNION's columns when one branch returns the same expression twice. An event's date is the edge's date. The Cypher returns the first sentence and its source as one text (first); a Python step splits it into evidence and source_url.
// param: province: province -- province code or name (63, Kalimantan Selatan)
// columns: key, type, source, source_label, source_name, source_kind, target, target_label, target_name, target_kind, target_topics, target_status, date, detail, evidence, source_url, sources, members
// sets: target_topics, sources
// order: key
OPTIONAL MATCH (p:Institution)-[:PARTY_TO]->(x2:Agreement)
WHERE (p.region = $province OR p.region STARTS WITH ($province + '.'))
  AND coalesce(p.status, '') <> 'rejected'
WITH collect(DISTINCT x2.key) AS with_party
OPTIONAL MATCH (:Region {province: $province})<-[:COVERS]-(x1:Agreement)
WITH with_party, collect(DISTINCT x1.key) AS covering
UNWIND covering + with_party AS k
WITH DISTINCT k
MATCH (a:Agreement {key: k})
// k stays in the WITH: without it the embedded engine fails the OPTIONAL MATCH below
// ("Cannot evaluate expression with type VARIABLE").
WITH k, a WHERE coalesce(a.review, '') <> 'rejected'
OPTIONAL MATCH (s)-[rep:REPORTS]->(a)
WHERE rep.fact = a.key AND coalesce(rep.status, '') <> 'rejected'
WITH k, a,
     min(CASE WHEN rep.evidence IS NULL THEN NULL
              ELSE rep.evidence + ' ' + coalesce(s.url, s.key) END) AS first,
     collect(DISTINCT coalesce(s.url, s.key)) AS sources
MATCH (i:Institution)-[r:PARTY_TO]->(a)
WHERE coalesce(i.status, '') <> 'rejected'
// One row per agreement: its parties once each in members, the agreement once.
WITH k, a, first, sources,
     collect([r.key, i.key, 'Institution', i.name, i.kind, r.role]) AS members
// k, not a.key, is the key: the embedded engine mixes up a UNION's columns when a
// branch returns one expression twice (here a.key is also the target).
RETURN k AS key, 'PARTY_TO' AS type,
       CASE WHEN false THEN 'source' END AS source,
       CASE WHEN false THEN 'source_label' END AS source_label,
       CASE WHEN false THEN 'source_name' END AS source_name,
       CASE WHEN false THEN 'source_kind' END AS source_kind,
       a.key AS target, 'Agreement' AS target_label, a.title AS target_name, a.kind AS target_kind,
       a.topics AS target_topics, a.status AS target_status,
       a.signed_on AS date, CASE WHEN false THEN 'detail' END AS detail, first, sources, members
UNION ALL
OPTIONAL MATCH (p:Institution)-[:ATTENDED]->(x2:Meeting)
WHERE (p.region = $province OR p.region STARTS WITH ($province + '.'))
  AND coalesce(p.status, '') <> 'rejected'
WITH collect(DISTINCT x2.key) AS with_attendee
OPTIONAL MATCH (:Region {province: $province})<-[:LOCATED_IN]-(x1:Meeting)
WITH with_attendee, collect(DISTINCT x1.key) AS held_in
UNWIND held_in + with_attendee AS k
WITH DISTINCT k
MATCH (m:Meeting {key: k})
WITH k, m WHERE coalesce(m.review, '') <> 'rejected'
OPTIONAL MATCH (s)-[rep:REPORTS]->(m)
WHERE rep.fact = m.key AND coalesce(rep.status, '') <> 'rejected'
WITH k, m,
     min(CASE WHEN rep.evidence IS NULL THEN NULL
              ELSE rep.evidence + ' ' + coalesce(s.url, s.key) END) AS first,
     collect(DISTINCT coalesce(s.url, s.key)) AS sources
// One row per meeting: its institutions and officials once each in members.
OPTIONAL MATCH (i:Institution)-[r:ATTENDED]->(m)
WHERE coalesce(i.status, '') <> 'rejected'
WITH k, m, first, sources,
     collect(CASE WHEN r IS NULL THEN NULL
                  ELSE [r.key, i.key, 'Institution', i.name, i.kind, r.role] END) AS bodies
OPTIONAL MATCH (x:Person)-[q:ATTENDED]->(m)
WHERE coalesce(x.status, '') <> 'rejected'
WITH k, m, first, sources, bodies,
     collect(CASE WHEN q IS NULL THEN NULL
                  ELSE [q.key, x.key, 'Person', x.name, CASE WHEN false THEN 'kind' END, q.role]
             END) AS people
WHERE size(bodies) + size(people) > 0
RETURN k AS key, 'ATTENDED' AS type,
       CASE WHEN false THEN 'source' END AS source,
       CASE WHEN false THEN 'source_label' END AS source_label,
       CASE WHEN false THEN 'source_name' END AS source_name,
       CASE WHEN false THEN 'source_kind' END AS source_kind,
       m.key AS target, 'Meeting' AS target_label,
       CASE WHEN false THEN 'target_name' END AS target_name,
       m.kind AS target_kind,
       CASE WHEN m.topic IS NULL THEN CASE WHEN false THEN ['topic'] END ELSE [m.topic] END
         AS target_topics,
       m.review AS target_status, m.date AS date, CASE WHEN false THEN 'detail' END AS detail,
       first, sources, bodies + people AS members
UNION ALL
MATCH (i:Institution)-[r:JURISDICTION_OVER]->(g:Region)
WHERE g.province = $province
  AND coalesce(i.status, '') <> 'rejected'
RETURN r.key AS key, 'JURISDICTION_OVER' AS type,
       i.key AS source, 'Institution' AS source_label, i.name AS source_name, i.kind AS source_kind,
       g.key AS target, 'Region' AS target_label, g.name AS target_name, g.level AS target_kind,
       CASE WHEN false THEN ['target_topics'] END AS target_topics,
       CASE WHEN false THEN 'target_status' END AS target_status, r.since AS date,
       CASE WHEN r.partial THEN 'partial' ELSE CASE WHEN false THEN 'detail' END END AS detail,
       CASE WHEN false THEN 'first' END AS first,
       CASE WHEN r.source_url IS NULL THEN CASE WHEN false THEN ['sources'] END
            ELSE [r.source_url] END AS sources,
       CASE WHEN false THEN [['members']] END AS members
UNION ALL
OPTIONAL MATCH (:Region {province: $province})<-[:LOCATED_IN]-(x1:Institution)
WITH collect(DISTINCT x1.key) AS located
OPTIONAL MATCH (x2:Institution)
WHERE x2.region = $province OR x2.region STARTS WITH ($province + '.')
WITH located, collect(x2.key) AS of_region
UNWIND located + of_region AS k
WITH DISTINCT k
MATCH (x:Person)-[r:HOLDS_POSITION]->(i:Institution {key: k})
WITH x, r, i
WHERE coalesce(x.status, '') <> 'rejected' AND coalesce(r.review, '') <> 'rejected'
  AND coalesce(i.status, '') <> 'rejected'
OPTIONAL MATCH (s)-[rep:REPORTS]->(x)
WHERE rep.fact = r.key AND coalesce(rep.status, '') <> 'rejected'
WITH x, r, i,
     min(CASE WHEN rep.evidence IS NULL THEN NULL
              ELSE rep.evidence + ' ' + coalesce(s.url, s.key) END) AS first,
     collect(DISTINCT coalesce(s.url, s.key)) AS sources
RETURN r.key AS key, 'HOLDS_POSITION' AS type,
       x.key AS source, 'Person' AS source_label, x.name AS source_name,
       CASE WHEN false THEN 'source_kind' END AS source_kind,
       i.key AS target, 'Institution' AS target_label, i.name AS target_name, i.kind AS target_kind,
       CASE WHEN false THEN ['target_topics'] END AS target_topics,
       i.status AS target_status, coalesce(r.since, r.seen_on) AS date, r.title AS detail,
       first, sources,
       CASE WHEN false THEN [['members']] END AS members
UNION ALL
MATCH (i:Institution)-[r:SUCCEEDED_BY]->(j:Institution)
WHERE (i.region = $province OR i.region STARTS WITH ($province + '.'))
  AND coalesce(i.status, '') <> 'rejected' AND coalesce(j.status, '') <> 'rejected'
RETURN r.key AS key, 'SUCCEEDED_BY' AS type,
       i.key AS source, 'Institution' AS source_label, i.name AS source_name, i.kind AS source_kind,
       j.key AS target, 'Institution' AS target_label, j.name AS target_name, j.kind AS target_kind,
       CASE WHEN false THEN ['target_topics'] END AS target_topics,
       j.status AS target_status, r.on_date AS date, r.note AS detail,
       CASE WHEN false THEN 'first' END AS first,
       CASE WHEN false THEN ['sources'] END AS sources,
       CASE WHEN false THEN [['members']] END AS members
UNION ALL
MATCH (i:Institution)-[r:SUCCEEDED_BY]->(j:Institution)
WHERE (j.region = $province OR j.region STARTS WITH ($province + '.'))
  AND coalesce(i.status, '') <> 'rejected' AND coalesce(j.status, '') <> 'rejected'
RETURN r.key AS key, 'SUCCEEDED_BY' AS type,
       i.key AS source, 'Institution' AS source_label, i.name AS source_name, i.kind AS source_kind,
       j.key AS target, 'Institution' AS target_label, j.name AS target_name, j.kind AS target_kind,
       CASE WHEN false THEN ['target_topics'] END AS target_topics,
       j.status AS target_status, r.on_date AS date, r.note AS detail,
       CASE WHEN false THEN 'first' END AS first,
       CASE WHEN false THEN ['sources'] END AS sources,
       CASE WHEN false THEN [['members']] END AS members
UNION ALL
MATCH (i:Institution)-[r:PART_OF]->(j:Institution)
WHERE (i.region = $province OR i.region STARTS WITH ($province + '.'))
  AND coalesce(i.status, '') <> 'rejected' AND coalesce(j.status, '') <> 'rejected'
RETURN r.key AS key, 'PART_OF' AS type,
       i.key AS source, 'Institution' AS source_label, i.name AS source_name, i.kind AS source_kind,
       j.key AS target, 'Institution' AS target_label, j.name AS target_name, j.kind AS target_kind,
       CASE WHEN false THEN ['target_topics'] END AS target_topics,
       j.status AS target_status, CASE WHEN false THEN 'date' END AS date,
       CASE WHEN false THEN 'detail' END AS detail,
       CASE WHEN false THEN 'first' END AS first,
       CASE WHEN false THEN ['sources'] END AS sources,
       CASE WHEN false THEN [['members']] END AS members
UNION ALL
MATCH (i:Institution)-[r:PART_OF]->(j:Institution)
WHERE (j.region = $province OR j.region STARTS WITH ($province + '.'))
  AND coalesce(i.status, '') <> 'rejected' AND coalesce(j.status, '') <> 'rejected'
RETURN r.key AS key, 'PART_OF' AS type,
       i.key AS source, 'Institution' AS source_label, i.name AS source_name, i.kind AS source_kind,
       j.key AS target, 'Institution' AS target_label, j.name AS target_name, j.kind AS target_kind,
       CASE WHEN false THEN ['target_topics'] END AS target_topics,
       j.status AS target_status, CASE WHEN false THEN 'date' END AS date,
       CASE WHEN false THEN 'detail' END AS detail,
       CASE WHEN false THEN 'first' END AS first,
       CASE WHEN false THEN ['sources'] END AS sources,
       CASE WHEN false THEN [['members']] END AS members

// title: Network around one institution (graph view, one step)
// title_id: Jaringan di sekitar satu instansi
// summary_id: Hubungan satu langkah di sekitar instansi: perjanjian, pertemuan, wilayah kerja, pejabat dan pendahulunya.
// summary_en: The relationships one step around an institution: agreements, meetings, jurisdiction, officials and predecessors.
// description: The edges one step around an institution: its agreements with all their parties, its meetings with all attendees, the regions it has jurisdiction over, the officials who hold positions there, its predecessors and successors, and the offices above and below it. The institution view repeats this for the partners it finds, up to its depth. Facts rejected in review (agreements, meetings, institutions, people, positions, reports) are left out.
// description: The columns of graph-province except members (one row per edge, agreements and meetings included, with both ends, date, detail, the first evidence sentence with its source, and every source reporting the edge); see there for the typed nulls and the Python step that splits first into evidence and source_url.
// param: institution: institution -- institution key or name (kanim:batulicin, Kantor Imigrasi Batulicin)
// columns: key, type, source, source_label, source_name, source_kind, target, target_label, target_name, target_kind, target_topics, target_status, date, detail, evidence, source_url, sources
// sets: target_topics, sources
// order: key
MATCH (:Institution {key: $institution})-[:PARTY_TO]->(a:Agreement)
WHERE coalesce(a.review, '') <> 'rejected'
// The agreement's reports, once per agreement (not once per party).
OPTIONAL MATCH (s)-[rep:REPORTS]->(a)
WHERE rep.fact = a.key AND coalesce(rep.status, '') <> 'rejected'
WITH a,
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
MATCH (:Institution {key: $institution})-[:ATTENDED]->(m:Meeting)
WHERE coalesce(m.review, '') <> 'rejected'
// The meeting's reports, once per meeting (not once per attendee).
OPTIONAL MATCH (s)-[rep:REPORTS]->(m)
WHERE rep.fact = m.key AND coalesce(rep.status, '') <> 'rejected'
WITH m,
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
MATCH (:Institution {key: $institution})-[:ATTENDED]->(m:Meeting)
MATCH (x:Person)-[r:ATTENDED]->(m)
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
MATCH (i:Institution {key: $institution})-[r:JURISDICTION_OVER]->(g:Region)
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
MATCH (x:Person)-[r:HOLDS_POSITION]->(i:Institution {key: $institution})
WITH x, r, i WHERE coalesce(x.status, '') <> 'rejected' AND coalesce(r.review, '') <> 'rejected'
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
       first, sources
UNION
MATCH (i:Institution)-[r:SUCCEEDED_BY]->(j:Institution)
WHERE (i.key = $institution OR j.key = $institution)
  AND coalesce(i.status, '') <> 'rejected' AND coalesce(j.status, '') <> 'rejected'
RETURN r.key AS key, 'SUCCEEDED_BY' AS type,
       i.key AS source, 'Institution' AS source_label, i.name AS source_name, i.kind AS source_kind,
       j.key AS target, 'Institution' AS target_label, j.name AS target_name, j.kind AS target_kind,
       CASE WHEN false THEN ['target_topics'] END AS target_topics,
       j.status AS target_status, r.on_date AS date, r.note AS detail,
       CASE WHEN false THEN 'first' END AS first,
       CASE WHEN false THEN ['sources'] END AS sources
UNION
MATCH (i:Institution)-[r:PART_OF]->(j:Institution)
WHERE (i.key = $institution OR j.key = $institution)
  AND coalesce(i.status, '') <> 'rejected' AND coalesce(j.status, '') <> 'rejected'
RETURN r.key AS key, 'PART_OF' AS type,
       i.key AS source, 'Institution' AS source_label, i.name AS source_name, i.kind AS source_kind,
       j.key AS target, 'Institution' AS target_label, j.name AS target_name, j.kind AS target_kind,
       CASE WHEN false THEN ['target_topics'] END AS target_topics,
       j.status AS target_status, CASE WHEN false THEN 'date' END AS date,
       CASE WHEN false THEN 'detail' END AS detail,
       CASE WHEN false THEN 'first' END AS first,
       CASE WHEN false THEN ['sources'] END AS sources

// title: Timeline of a region or an institution
// title_id: Linimasa wilayah atau instansi
// summary_id: Peristiwa bertanggal (perjanjian, pertemuan, jabatan) suatu wilayah atau instansi, dari yang terlama.
// summary_en: Dated events (agreements, meetings, positions) of a region or institution, oldest first.
// description: Dated events between from and to, oldest first: agreements (event: agreement
// description: signed / planned / expired ...; a planned one dates from its first report),
// description: meetings, and positions seen (kind: the title, detail: the person). For an
// description: institution: its own events and its predecessors' agreements and meetings. For
// description: a region: events of institutions of that region (Pemkab/Pemkot, Timpora, Dinas),
// description: agreements that COVER it and meetings held in it. who: the institutions taking
// description: part; sources: the articles and records reporting the event. Facts rejected
// description: in review (agreements, meetings, institutions, people, positions, reports)
// description: are left out.
// param: region: region = "" -- region code or name (63.10, Kabupaten Tanah Bumbu); or give institution
// param: institution: institution = "" -- institution key or exact name; or give region
// param: from: date = "" -- earliest date (YYYY-MM-DD); empty: from the beginning
// param: to: date = today -- latest date (YYYY-MM-DD)
// columns: day, event, item, kind, detail, who, sources
// sets: who, sources
// order: day, event, item
MATCH (:Institution {key: $institution})<-[:SUCCEEDED_BY*0..3]-(x:Institution)
      -[:PARTY_TO]->(a:Agreement)
WHERE coalesce(x.status, '') <> 'rejected' AND coalesce(a.review, '') <> 'rejected'
WITH DISTINCT a
OPTIONAL MATCH (src)-[rep:REPORTS]->(a)
WHERE coalesce(rep.status, '') <> 'rejected'
WITH a, collect(DISTINCT src.key) AS sources,
     min(coalesce(src.published_on, src.loaded_at)) AS first_seen
WITH a, sources,
     CASE WHEN a.status = 'planned' THEN coalesce(first_seen, a.signed_on)
          ELSE a.signed_on END AS day
WHERE day >= $from AND day <= $to
// Rejected facts are dropped by WITH ... WHERE (here and below) after a MATCH that extends what is bound:
// a WHERE on the MATCH itself makes the embedded engine scan the whole label first.
MATCH (p:Institution)-[:PARTY_TO]->(a)
WITH day, a, sources, p WHERE coalesce(p.status, '') <> 'rejected'
RETURN day, 'agreement ' + a.status AS event, a.key AS item, a.kind AS kind,
       a.title AS detail, collect(DISTINCT p.key) AS who, sources
UNION ALL
MATCH (x:Institution {region: $region})-[:PARTY_TO]->(a:Agreement)
WHERE coalesce(x.status, '') <> 'rejected' AND coalesce(a.review, '') <> 'rejected'
WITH DISTINCT a
OPTIONAL MATCH (src)-[rep:REPORTS]->(a)
WHERE coalesce(rep.status, '') <> 'rejected'
WITH a, collect(DISTINCT src.key) AS sources,
     min(coalesce(src.published_on, src.loaded_at)) AS first_seen
WITH a, sources,
     CASE WHEN a.status = 'planned' THEN coalesce(first_seen, a.signed_on)
          ELSE a.signed_on END AS day
WHERE day >= $from AND day <= $to
MATCH (p:Institution)-[:PARTY_TO]->(a)
WITH day, a, sources, p WHERE coalesce(p.status, '') <> 'rejected'
RETURN day, 'agreement ' + a.status AS event, a.key AS item, a.kind AS kind,
       a.title AS detail, collect(DISTINCT p.key) AS who, sources
UNION ALL
MATCH (:Region {key: $region})<-[:COVERS]-(a:Agreement)
WHERE coalesce(a.review, '') <> 'rejected'
WITH DISTINCT a
OPTIONAL MATCH (src)-[rep:REPORTS]->(a)
WHERE coalesce(rep.status, '') <> 'rejected'
WITH a, collect(DISTINCT src.key) AS sources,
     min(coalesce(src.published_on, src.loaded_at)) AS first_seen
WITH a, sources,
     CASE WHEN a.status = 'planned' THEN coalesce(first_seen, a.signed_on)
          ELSE a.signed_on END AS day
WHERE day >= $from AND day <= $to
MATCH (p:Institution)-[:PARTY_TO]->(a)
WITH day, a, sources, p WHERE coalesce(p.status, '') <> 'rejected'
RETURN day, 'agreement ' + a.status AS event, a.key AS item, a.kind AS kind,
       a.title AS detail, collect(DISTINCT p.key) AS who, sources
UNION ALL
MATCH (:Institution {key: $institution})<-[:SUCCEEDED_BY*0..3]-(x:Institution)
      -[:ATTENDED]->(m:Meeting)
WHERE coalesce(x.status, '') <> 'rejected'
WITH DISTINCT m
WHERE m.date >= $from AND m.date <= $to AND coalesce(m.review, '') <> 'rejected'
OPTIONAL MATCH (src)-[rep:REPORTS]->(m)
WHERE coalesce(rep.status, '') <> 'rejected'
WITH m, collect(DISTINCT src.key) AS sources
MATCH (p:Institution)-[:ATTENDED]->(m)
WITH m, sources, p WHERE coalesce(p.status, '') <> 'rejected'
RETURN m.date AS day, 'meeting' AS event, m.key AS item, m.kind AS kind, m.topic AS detail,
       collect(DISTINCT p.key) AS who, sources
UNION ALL
MATCH (x:Institution {region: $region})-[:ATTENDED]->(m:Meeting)
WHERE coalesce(x.status, '') <> 'rejected'
WITH DISTINCT m
WHERE m.date >= $from AND m.date <= $to AND coalesce(m.review, '') <> 'rejected'
OPTIONAL MATCH (src)-[rep:REPORTS]->(m)
WHERE coalesce(rep.status, '') <> 'rejected'
WITH m, collect(DISTINCT src.key) AS sources
MATCH (p:Institution)-[:ATTENDED]->(m)
WITH m, sources, p WHERE coalesce(p.status, '') <> 'rejected'
RETURN m.date AS day, 'meeting' AS event, m.key AS item, m.kind AS kind, m.topic AS detail,
       collect(DISTINCT p.key) AS who, sources
UNION ALL
MATCH (:Region {key: $region})<-[:LOCATED_IN]-(m:Meeting)
WITH DISTINCT m
WHERE m.date >= $from AND m.date <= $to AND coalesce(m.review, '') <> 'rejected'
OPTIONAL MATCH (src)-[rep:REPORTS]->(m)
WHERE coalesce(rep.status, '') <> 'rejected'
WITH m, collect(DISTINCT src.key) AS sources
MATCH (p:Institution)-[:ATTENDED]->(m)
WITH m, sources, p WHERE coalesce(p.status, '') <> 'rejected'
RETURN m.date AS day, 'meeting' AS event, m.key AS item, m.kind AS kind, m.topic AS detail,
       collect(DISTINCT p.key) AS who, sources
UNION ALL
MATCH (i:Institution)<-[h:HOLDS_POSITION]-(p:Person)
WHERE (i.key = $institution OR i.region = $region) AND coalesce(i.status, '') <> 'rejected'
WITH i, h, p, coalesce(h.since, h.seen_on) AS day
WHERE day >= $from AND day <= $to
  AND coalesce(h.review, '') <> 'rejected' AND coalesce(p.status, '') <> 'rejected'
OPTIONAL MATCH (src)-[rep:REPORTS]->(p)
WHERE rep.fact = h.key
RETURN day, 'position' AS event, p.key AS item, h.title AS kind, p.name AS detail,
       [i.key] AS who,
       collect(DISTINCT CASE WHEN coalesce(rep.status, '') <> 'rejected' THEN src.key END)
         AS sources

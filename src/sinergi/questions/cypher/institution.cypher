// title: Institution profile
// title_id: Profil instansi
// summary_id: Pejabat, perjanjian, pertemuan, wilayah kerja dan riwayat satu instansi.
// summary_en: The officials, agreements, meetings, jurisdiction and history of one institution.
// description: One institution in sections, one row per fact: official (people seen holding a
// description: post there, over time: kind = title, detail = until), agreement (its agreements
// description: and its predecessors': kind, detail = status), meeting (meetings it attended:
// description: kind, detail = topic), neighbour (institutions sharing an agreement or a
// description: meeting with it, latest shared date: detail = agreement or meeting), structure
// description: (PART_OF and SUCCEEDED_BY links: detail = part of, has part, succeeded by,
// description: successor of) and region (detail = located in or jurisdiction). Facts rejected
// description: in review are left out; a rejected institution is not found.
// param: key: institution -- institution key or exact name (pemkab:63.10, kanim:batulicin)
// columns: section, date, item, name, kind, detail
// order: section, date, item, detail
MATCH (i:Institution {key: $key})<-[h:HOLDS_POSITION]-(p:Person)
WHERE coalesce(h.review, '') <> 'rejected' AND coalesce(p.status, '') <> 'rejected'
RETURN 'official' AS section, coalesce(h.since, h.seen_on) AS date, p.key AS item,
       p.name AS name, h.title AS kind, h.until AS detail
UNION ALL
MATCH (i:Institution {key: $key})<-[:SUCCEEDED_BY*0..3]-(x:Institution)-[:PARTY_TO]->(a:Agreement)
WHERE coalesce(x.status, '') <> 'rejected' AND coalesce(a.review, '') <> 'rejected'
RETURN DISTINCT 'agreement' AS section, a.signed_on AS date, a.key AS item, a.title AS name,
       a.kind AS kind, a.status AS detail
UNION ALL
MATCH (i:Institution {key: $key})-[:ATTENDED]->(m:Meeting)
WHERE coalesce(m.review, '') <> 'rejected'
RETURN 'meeting' AS section, m.date AS date, m.key AS item, m.venue AS name, m.kind AS kind,
       m.topic AS detail
UNION ALL
MATCH (i:Institution {key: $key})<-[:SUCCEEDED_BY*0..3]-(x:Institution)-[:PARTY_TO]->(a:Agreement)
      <-[:PARTY_TO]-(j:Institution)
WHERE j.key <> i.key AND j.key <> x.key AND coalesce(x.status, '') <> 'rejected'
  AND coalesce(a.review, '') <> 'rejected' AND coalesce(j.status, '') <> 'rejected'
RETURN 'neighbour' AS section, max(a.signed_on) AS date, j.key AS item, j.name AS name,
       j.kind AS kind, 'agreement' AS detail
UNION ALL
MATCH (i:Institution {key: $key})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(j:Institution)
WHERE j.key <> i.key AND coalesce(m.review, '') <> 'rejected'
  AND coalesce(j.status, '') <> 'rejected'
RETURN 'neighbour' AS section, max(m.date) AS date, j.key AS item, j.name AS name,
       j.kind AS kind, 'meeting' AS detail
UNION ALL
MATCH (i:Institution {key: $key})-[:PART_OF]->(j:Institution)
WHERE coalesce(j.status, '') <> 'rejected'
// CASE WHEN false ...: a typed null string (the embedded engine cannot UNION an untyped NULL).
RETURN 'structure' AS section, CASE WHEN false THEN '' END AS date, j.key AS item,
       j.name AS name, j.kind AS kind, 'part of' AS detail
UNION ALL
MATCH (i:Institution {key: $key})<-[:PART_OF]-(j:Institution)
WHERE coalesce(j.status, '') <> 'rejected'
RETURN 'structure' AS section, CASE WHEN false THEN '' END AS date, j.key AS item,
       j.name AS name, j.kind AS kind, 'has part' AS detail
UNION ALL
MATCH (i:Institution {key: $key})-[s:SUCCEEDED_BY]->(j:Institution)
WHERE coalesce(j.status, '') <> 'rejected'
RETURN 'structure' AS section, s.on_date AS date, j.key AS item, j.name AS name,
       j.kind AS kind, 'succeeded by' AS detail
UNION ALL
MATCH (i:Institution {key: $key})<-[s:SUCCEEDED_BY]-(j:Institution)
WHERE coalesce(j.status, '') <> 'rejected'
RETURN 'structure' AS section, s.on_date AS date, j.key AS item, j.name AS name,
       j.kind AS kind, 'successor of' AS detail
UNION ALL
MATCH (i:Institution {key: $key})-[:LOCATED_IN]->(r:Region)
RETURN 'region' AS section, CASE WHEN false THEN '' END AS date, r.key AS item,
       r.name AS name, r.level AS kind, 'located in' AS detail
UNION ALL
MATCH (i:Institution {key: $key})-[:JURISDICTION_OVER]->(r:Region)
RETURN 'region' AS section, CASE WHEN false THEN '' END AS date, r.key AS item,
       r.name AS name, r.level AS kind, 'jurisdiction' AS detail

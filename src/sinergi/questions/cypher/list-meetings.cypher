// title: Meetings
// title_id: Daftar pertemuan
// summary_id: Pertemuan (penandatanganan, audiensi, rapat koordinasi, ...) menurut provinsi, topik, jenis dan tanggal.
// summary_en: Meetings (signings, audiences, coordination, ...) by province, topic, kind and date.
// description: Meetings (signings, audiences, coordination, ...) by province, topic, kind and date, with paging. Meetings and participants rejected in review are left out.
// param: province: province = "" -- province code or name (held there, or attended by an institution serving it); empty for all
// param: topic: topic = "" -- topic (TIMPORA, ...); empty for all topics
// param: kind: meeting_kind = "" -- SIGNING, AUDIENCE, COORDINATION, ... (any case; rapat, audiensi, penandatanganan); empty for all kinds
// param: date_from: date = "" -- earliest date, YYYY-MM-DD; empty for no bound
// param: date_to: date = "" -- latest date, YYYY-MM-DD; empty for no bound
// param: limit: limit = 50 -- rows per page
// param: offset: offset = 0 -- rows to skip
// columns: key, kind, date, venue, topic, review, region, participants, participant_keys, total
// sets: participants, participant_keys
// order: date desc, key
MATCH (m:Meeting)
WHERE coalesce(m.review, '') <> 'rejected'
  AND ($kind = '' OR m.kind = $kind)
  AND ($topic = '' OR m.topic = $topic OR (m)-[:ABOUT]->(:Program {topic: $topic}))
  AND ($date_from = '' OR m.date >= $date_from)
  AND ($date_to = '' OR m.date <= $date_to)
  AND ($province = '' OR (m)-[:LOCATED_IN]->(:Region {province: $province})
       OR (m)<-[:ATTENDED]-(:Institution)-[:JURISDICTION_OVER]->(:Region {province: $province}))
WITH collect(m.key) AS hits, count(m) AS total
// Matched again by key: the embedded engine loses a node's edges through collect/UNWIND.
UNWIND hits AS hit
MATCH (m:Meeting)
WHERE m.key = hit
WITH m, total
ORDER BY coalesce(m.date, '') DESC, m.key
SKIP $offset LIMIT $limit
OPTIONAL MATCH (i:Institution)-[:ATTENDED]->(m)
WHERE coalesce(i.status, '') <> 'rejected'
WITH m, total, collect(DISTINCT i.name) AS participants, collect(DISTINCT i.key) AS participant_keys
OPTIONAL MATCH (m)-[:LOCATED_IN]->(g:Region)
RETURN m.key AS key, m.kind AS kind, m.date AS date, m.venue AS venue, m.topic AS topic,
       m.review AS review, min(g.key) AS region, participants, participant_keys, total
ORDER BY date DESC, key

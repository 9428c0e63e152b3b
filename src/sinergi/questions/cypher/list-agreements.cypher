// title: Agreements
// title_id: Daftar perjanjian
// summary_id: Nota kesepahaman, PKS dan perjanjian lain menurut provinsi, topik, status, jenis, jenis kerja sama dan tanggal.
// summary_en: MoU, PKS and other agreements by province, topic, status, kind, cooperation type and date.
// description: MoU, PKS and other agreements by province, topic, status, kind, cooperation type and signing date, with paging. coop_type: the cooperation type derived from the parties when the agreement was written and refreshed by sinergi load reference (KSDD between regional governments, KSDPK with a third party, VERTICAL with the central government or a vertical agency, KSDPL_KSDLL with a foreign partner, INTERAGENCY without a regional government; UNKNOWN when a party's kind is unknown). Agreements and parties rejected in review are left out.
// param: province: province = "" -- province code or name (agreements covering a region in it); empty for all
// param: topic: topic = "" -- topic (TIMPORA, PASSPORT_SERVICE, ...); empty for all topics
// param: status: agreement_status = "" -- signed (ditandatangani), planned (rencana), expired or terminated; empty for all
// param: kind: agreement_kind = "" -- MOU, PKS or OTHER (any case; nota kesepahaman, perjanjian kerja sama); empty for all kinds
// param: coop_type: agreement_type = "" -- cooperation type: KSDD (antardaerah), KSDPK (pihak ketiga), VERTICAL (vertikal), KSDPL_KSDLL (luar negeri), INTERAGENCY, UNKNOWN; empty for all
// param: date_from: date = "" -- earliest signing date, YYYY-MM-DD; empty for no bound
// param: date_to: date = "" -- latest signing date, YYYY-MM-DD; empty for no bound
// param: limit: limit = 50 -- rows per page
// param: offset: offset = 0 -- rows to skip
// columns: key, kind, coop_type, status, title, signed_on, valid_until, topics, review, parties, party_keys, regions, total
// sets: topics, parties, party_keys, regions
// order: signed_on desc, key
MATCH (a:Agreement)
WHERE coalesce(a.review, '') <> 'rejected'
  AND ($topic = '' OR $topic IN a.topics)
  AND ($status = '' OR a.status = $status)
  AND ($kind = '' OR a.kind = $kind)
  AND ($coop_type = '' OR coalesce(a.coop_type, 'UNKNOWN') = $coop_type)
  AND ($date_from = '' OR a.signed_on >= $date_from)
  AND ($date_to = '' OR a.signed_on <= $date_to)
  AND ($province = '' OR (a)-[:COVERS]->(:Region {province: $province})
       OR (a)-[:COVERS]->(:Region {key: $province}))
WITH collect(a.key) AS hits, count(a) AS total
// Matched again by key: the embedded engine loses a node's edges through collect/UNWIND.
UNWIND hits AS hit
MATCH (a:Agreement)
WHERE a.key = hit
WITH a, total
ORDER BY coalesce(a.signed_on, '') DESC, a.key
SKIP $offset LIMIT $limit
OPTIONAL MATCH (i:Institution)-[:PARTY_TO]->(a)
WHERE coalesce(i.status, '') <> 'rejected'
WITH a, total, collect(DISTINCT i.name) AS parties, collect(DISTINCT i.key) AS party_keys
OPTIONAL MATCH (a)-[:COVERS]->(g:Region)
RETURN a.key AS key, a.kind AS kind, coalesce(a.coop_type, 'UNKNOWN') AS coop_type,
       a.status AS status, a.title AS title,
       a.signed_on AS signed_on, a.valid_until AS valid_until, a.topics AS topics,
       a.review AS review, parties, party_keys, collect(DISTINCT g.key) AS regions, total
ORDER BY signed_on DESC, key

// title: Gaps in a topic's coverage
// title_id: Kesenjangan cakupan topik
// summary_id: Kabupaten/kota yang belum punya perjanjian yang ditandatangani untuk topik, dengan rencana dan pertemuan terakhirnya.
// summary_en: The kabupaten/kota without a signed agreement on the topic, with their plans and last meetings.
// description: The kabupaten/kota of the province whose status for the topic (as in coverage)
// description: is not signed (none and unknown as in coverage: unknown when no Kanim is known
// description: to serve the kab/kota), with what is known about each: the planned agreements;
// description: the last meeting on the topic on or before as_of that the Pemkab/Pemkot attended
// description: or that was held in the kab/kota (its date, kind and key); separately, labelled
// description: as such, the last meeting of any topic the Pemkab/Pemkot attended or held in the
// description: kab/kota; the Kanim serving it and how that is known (sourced or derived).
// description: Agreements, meetings and institutions rejected in review do not count.
// param: topic: topic -- cooperation topic (TIMPORA, PASSPORT_SERVICE, WNA_SUPERVISION, ...)
// param: province: province -- province code, name or alias (63, Kalimantan Selatan, Kalsel)
// param: as_of: date = today -- the day the status holds on (YYYY-MM-DD)
// columns: region, name, level, status, planned, last_meeting, meeting_kind, meeting,
// columns: last_meeting_any_topic, meeting_any_topic, offices, jurisdiction
// sets: planned, offices, jurisdiction
// order: region
OPTIONAL MATCH (:Region {key: $province})<-[:COVERS]-(pc:Agreement)
WHERE $topic IN pc.topics AND pc.status = 'signed' AND coalesce(pc.review, '') <> 'rejected'
  AND coalesce(pc.signed_on, '') <= $as_of
  AND (pc.valid_until IS NULL OR pc.valid_until >= $as_of)
WITH collect(DISTINCT pc.key) AS by_region
OPTIONAL MATCH (:Institution {kind: 'PEMPROV', region: $province})
      <-[:SUCCEEDED_BY*0..3]-(x:Institution)-[:PARTY_TO]->(pp:Agreement)
WHERE $topic IN pp.topics AND pp.status = 'signed' AND coalesce(pp.review, '') <> 'rejected'
  AND coalesce(x.status, '') <> 'rejected'
  AND coalesce(pp.signed_on, '') <= $as_of
  AND (pp.valid_until IS NULL OR pp.valid_until >= $as_of)
WITH by_region, collect(DISTINCT pp.key) AS by_party
WITH by_region + by_party AS province_level
MATCH (r:Region)
WHERE r.province = $province AND r.level IN ['regency', 'city']
// Each candidate's status is read where it is matched (as in coverage); an agreement
// found both ways is in both lists, which only the sizes and the sorted set see.
OPTIONAL MATCH (r)<-[:COVERS]-(a1)
WHERE $topic IN a1.topics AND coalesce(a1.review, '') <> 'rejected'
WITH province_level, r,
     collect(DISTINCT CASE WHEN a1.status = 'signed' AND coalesce(a1.signed_on, '') <= $as_of
                           AND (a1.valid_until IS NULL OR a1.valid_until >= $as_of)
                      THEN a1.key END) AS signed1,
     collect(DISTINCT CASE WHEN a1.status = 'planned' THEN a1.key END) AS planned1
OPTIONAL MATCH (r)<-[:JURISDICTION_OVER]-(g:Institution)
      <-[:SUCCEEDED_BY*0..3]-(x:Institution)-[:PARTY_TO]->(a2:Agreement)
WHERE g.kind IN ['PEMKAB', 'PEMKOT'] AND $topic IN a2.topics
  AND coalesce(x.status, '') <> 'rejected' AND coalesce(a2.review, '') <> 'rejected'
WITH province_level, r, signed1, planned1,
     collect(DISTINCT CASE WHEN a2.status = 'signed' AND coalesce(a2.signed_on, '') <= $as_of
                           AND (a2.valid_until IS NULL OR a2.valid_until >= $as_of)
                      THEN a2.key END) AS signed2,
     collect(DISTINCT CASE WHEN a2.status = 'planned' THEN a2.key END) AS planned2
WITH province_level, r, signed1 + signed2 AS signed, planned1 + planned2 AS planned
OPTIONAL MATCH (team:Institution {kind: 'TIMPORA', region: r.key})
WHERE $topic = 'TIMPORA' AND coalesce(team.status, '') <> 'rejected'
WITH province_level, r, signed, planned, count(team) AS teams
OPTIONAL MATCH (r)<-[jr:JURISDICTION_OVER]-(kanim:Institution)
WHERE kanim.kind = 'KANIM' AND coalesce(kanim.status, '') <> 'rejected'
  AND coalesce(jr.since, '') <= $as_of AND (jr.until IS NULL OR jr.until > $as_of)
WITH province_level, r, signed, planned, teams, collect(DISTINCT kanim.key) AS offices,
     collect(DISTINCT CASE WHEN kanim IS NOT NULL THEN coalesce(jr.provenance,
         CASE WHEN jr.source_url IS NULL THEN 'derived' ELSE 'sourced' END) END) AS jurisdiction
WITH r, planned, offices, jurisdiction,
     CASE WHEN size(signed) > 0 THEN 'signed'
          WHEN size(planned) > 0 THEN 'planned'
          WHEN teams > 0 THEN 'team'
          WHEN size(province_level) > 0 THEN 'province-only'
          WHEN size(offices) = 0 THEN 'unknown'
          ELSE 'none' END AS status
WHERE status <> 'signed'
// Meetings as "date kind key" strings: max() over one text picks a meeting's fields
// together on both dialects (post.py splits them again).
OPTIONAL MATCH (r)<-[:JURISDICTION_OVER]-(g:Institution)-[:ATTENDED]->(m1:Meeting)
WHERE g.kind IN ['PEMKAB', 'PEMKOT'] AND m1.date <= $as_of
  AND coalesce(g.status, '') <> 'rejected' AND coalesce(m1.review, '') <> 'rejected'
WITH r, planned, status, offices, jurisdiction,
     CASE WHEN m1.date IS NOT NULL
          THEN m1.date + ' ' + coalesce(m1.kind, 'OTHER') + ' ' + m1.key END AS said,
     m1.topic = $topic OR (m1)-[:ABOUT]->(:Program {topic: $topic}) AS on_topic
WITH r, planned, status, offices, jurisdiction,
     collect(DISTINCT CASE WHEN on_topic THEN said END) AS gov_topic,
     collect(DISTINCT said) AS gov_any
OPTIONAL MATCH (r)<-[:LOCATED_IN]-(m2:Meeting)
WHERE m2.date <= $as_of AND coalesce(m2.review, '') <> 'rejected'
WITH r, planned, status, offices, jurisdiction, gov_topic, gov_any,
     CASE WHEN m2.date IS NOT NULL
          THEN m2.date + ' ' + coalesce(m2.kind, 'OTHER') + ' ' + m2.key END AS said,
     m2.topic = $topic OR (m2)-[:ABOUT]->(:Program {topic: $topic}) AS on_topic
WITH r, planned, status, offices, jurisdiction, gov_topic, gov_any,
     collect(DISTINCT CASE WHEN on_topic THEN said END) AS here_topic,
     collect(DISTINCT said) AS here_any
WITH r, planned, status, offices, jurisdiction, gov_any + here_any AS any_topic,
     gov_topic + here_topic AS about_topic
UNWIND about_topic + [''] AS t
WITH r, planned, status, offices, jurisdiction, any_topic, max(t) AS last_meeting
UNWIND any_topic + [''] AS a
RETURN r.key AS region, r.name AS name, r.level AS level, status, planned, last_meeting,
       max(a) AS last_meeting_any_topic, offices, jurisdiction

// title: Coverage of a topic in a province (or all of Indonesia)
// title_id: Cakupan topik di provinsi (atau seluruh Indonesia)
// summary_id: Status setiap kabupaten/kota untuk satu topik pada suatu tanggal: ditandatangani, direncanakan, belum ada atau tidak diketahui.
// summary_en: The status of every kabupaten/kota for one topic on a day: signed, planned, none or unknown.
// description: Every kabupaten/kota of the province with its status for the topic on a day.
// description: signed: a signed agreement on the topic, signed on or before as_of and not
// description: expired, covers it (its Pemkab/Pemkot, or a predecessor, is a party, or the
// description: agreement COVERS the region); planned: only planned agreements; team (TIMPORA
// description: only): a Timpora team of the kab/kota exists but no agreement; province-only:
// description: only a signed province-level agreement (the Pemprov is a party or it COVERS
// description: the province); none: nothing, though the Kanim serving the kab/kota is known;
// description: unknown: nothing, and no Kanim is known to serve it on as_of (unknown is not
// description: none). offices: the Kanim serving it on as_of, and jurisdiction: how that is
// description: known (sourced or derived, see docs/reference-data.md). The agreements behind
// description: the status come with their latest
// description: dates and the number of sources reporting them (article pages by URL, so two
// description: versions of one page are one source; records by key). Facts
// description: rejected in review (agreements, parties, Timpora teams, reports) do not count.
// param: topic: topic -- cooperation topic (TIMPORA, PASSPORT_SERVICE, WNA_SUPERVISION, ...)
// param: province: province = "" -- province code, name or alias (63, Kalimantan Selatan, Kalsel); empty for every province (the national map)
// param: as_of: date = today -- the day the status holds on (YYYY-MM-DD)
// columns: region, name, level, status, agreements, signed_on, valid_until, sources,
// columns: offices, jurisdiction
// sets: agreements, offices, jurisdiction
// order: region
MATCH (r:Region)
WHERE r.level IN ['regency', 'city'] AND ($province = '' OR r.province = $province)
WITH r.province AS province, collect(r.key) AS regions
// The province-level agreements: once per province, not once per kab/kota.
OPTIONAL MATCH (:Region {key: province})<-[:COVERS]-(pc:Agreement)
WHERE $topic IN pc.topics AND pc.status = 'signed' AND coalesce(pc.review, '') <> 'rejected'
  AND coalesce(pc.signed_on, '') <= $as_of
  AND (pc.valid_until IS NULL OR pc.valid_until >= $as_of)
WITH province, regions, collect(DISTINCT pc.key) AS by_region
OPTIONAL MATCH (:Institution {kind: 'PEMPROV', region: province})
      <-[:SUCCEEDED_BY*0..3]-(x:Institution)-[:PARTY_TO]->(pp:Agreement)
WHERE $topic IN pp.topics AND pp.status = 'signed' AND coalesce(pp.review, '') <> 'rejected'
  AND coalesce(x.status, '') <> 'rejected'
  AND coalesce(pp.signed_on, '') <= $as_of
  AND (pp.valid_until IS NULL OR pp.valid_until >= $as_of)
WITH regions, by_region, collect(DISTINCT pp.key) AS by_party
WITH regions, by_region + by_party AS province_level
// `here` stays in every WITH below: without it the embedded engine fails the OPTIONAL
// MATCHes on r ("Cannot evaluate expression with type VARIABLE").
UNWIND regions AS here
MATCH (r:Region {key: here})
// Each candidate's status is read where it is matched (not looked up again by key); an
// agreement found both ways is in both lists, which only the sizes and a DISTINCT see.
OPTIONAL MATCH (r)<-[:COVERS]-(a1)
WHERE $topic IN a1.topics AND coalesce(a1.review, '') <> 'rejected'
WITH province_level, here, r,
     collect(DISTINCT CASE WHEN a1.status = 'signed' AND coalesce(a1.signed_on, '') <= $as_of
                           AND (a1.valid_until IS NULL OR a1.valid_until >= $as_of)
                      THEN a1.key END) AS signed1,
     collect(DISTINCT CASE WHEN a1.status = 'planned' THEN a1.key END) AS planned1
OPTIONAL MATCH (r)<-[:JURISDICTION_OVER]-(g:Institution)
      <-[:SUCCEEDED_BY*0..3]-(x:Institution)-[:PARTY_TO]->(a2:Agreement)
WHERE g.kind IN ['PEMKAB', 'PEMKOT'] AND $topic IN a2.topics
  AND coalesce(x.status, '') <> 'rejected' AND coalesce(a2.review, '') <> 'rejected'
WITH province_level, here, r, signed1, planned1,
     collect(DISTINCT CASE WHEN a2.status = 'signed' AND coalesce(a2.signed_on, '') <= $as_of
                           AND (a2.valid_until IS NULL OR a2.valid_until >= $as_of)
                      THEN a2.key END) AS signed2,
     collect(DISTINCT CASE WHEN a2.status = 'planned' THEN a2.key END) AS planned2
WITH province_level, here, r, signed1 + signed2 AS signed, planned1 + planned2 AS planned
OPTIONAL MATCH (team:Institution {kind: 'TIMPORA', region: r.key})
WHERE $topic = 'TIMPORA' AND coalesce(team.status, '') <> 'rejected'
WITH province_level, here, r, signed, planned, count(team) AS teams
OPTIONAL MATCH (r)<-[jr:JURISDICTION_OVER]-(kanim:Institution)
WHERE kanim.kind = 'KANIM' AND coalesce(kanim.status, '') <> 'rejected'
  AND coalesce(jr.since, '') <= $as_of AND (jr.until IS NULL OR jr.until > $as_of)
WITH province_level, here, r, signed, planned, teams, collect(DISTINCT kanim.key) AS offices,
     collect(DISTINCT CASE WHEN kanim IS NOT NULL THEN coalesce(jr.provenance,
         CASE WHEN jr.source_url IS NULL THEN 'derived' ELSE 'sourced' END) END) AS jurisdiction
WITH here, r, offices, jurisdiction,
     CASE WHEN size(signed) > 0 THEN 'signed'
          WHEN size(planned) > 0 THEN 'planned'
          WHEN teams > 0 THEN 'team'
          WHEN size(province_level) > 0 THEN 'province-only'
          WHEN size(offices) = 0 THEN 'unknown'
          ELSE 'none' END AS status,
     CASE WHEN size(signed) > 0 THEN signed
          WHEN size(planned) > 0 THEN planned
          WHEN teams = 0 AND size(province_level) > 0 THEN province_level
          ELSE signed END AS behind
UNWIND behind + [''] AS k
WITH DISTINCT here, r, offices, jurisdiction, status, k
OPTIONAL MATCH (a:Agreement {key: k})
OPTIONAL MATCH (a)<-[rep:REPORTS]-(src)
WHERE coalesce(rep.status, '') <> 'rejected'
RETURN r.key AS region, r.name AS name, r.level AS level, status,
       collect(DISTINCT a.key) AS agreements, max(a.signed_on) AS signed_on,
       max(a.valid_until) AS valid_until, count(DISTINCT coalesce(src.url, src.key)) AS sources,
       offices, jurisdiction

// title: Signatories no longer in office
// title_id: Penanda tangan yang sudah berganti
// summary_id: Perjanjian yang pejabat penanda tangannya sudah tidak menjabat lagi.
// summary_en: Signed agreements whose signing official no longer holds the post.
// description: Signed agreements whose signing official no longer holds that post according to
// description: later evidence: another person seen with the same title at the same institution
// description: after the signing (and on or before as_of). The signing official is the person
// description: named as signatory on PARTY_TO, else the person holding a head title (Bupati,
// description: Wali Kota, Gubernur, Kepala ...) at the party institution at signing time.
// description: Renewal candidates after a change of Bupati/Wali Kota. Agreements, parties,
// description: people and positions rejected in review are left out.
// param: as_of: date = today -- the day to judge on (YYYY-MM-DD)
// param: province: province = "" -- only agreements covering a region of it; empty for all
// columns: agreement, signed_on, institution, title, signatory, successors, changed_on
// sets: successors
// order: signed_on, agreement, institution
MATCH (i:Institution)-[pt:PARTY_TO]->(a:Agreement)
WHERE a.status = 'signed' AND a.signed_on <= $as_of
  AND coalesce(a.review, '') <> 'rejected' AND coalesce(i.status, '') <> 'rejected'
  AND ($province = '' OR (a)-[:COVERS]->(:Region {province: $province}))
MATCH (s:Person)-[h:HOLDS_POSITION]->(i)
WHERE coalesce(s.status, '') <> 'rejected' AND coalesce(h.review, '') <> 'rejected'
  AND ((pt.signatory IS NOT NULL AND toLower(s.name) = toLower(pt.signatory))
       OR (pt.signatory IS NULL
           AND (toLower(h.title) IN ['bupati', 'wali kota', 'walikota', 'gubernur',
                                     'penjabat bupati', 'penjabat wali kota', 'penjabat gubernur',
                                     'pj bupati', 'pj wali kota', 'pj gubernur']
                OR toLower(h.title) STARTS WITH 'kepala')
           AND coalesce(h.since, h.seen_on) <= a.signed_on
           AND (h.until IS NULL OR h.until >= a.signed_on)))
OPTIONAL MATCH (o:Person)-[oh:HOLDS_POSITION]->(i)
WHERE pt.signatory IS NULL AND o.key <> s.key AND toLower(oh.title) = toLower(h.title)
  AND coalesce(oh.since, oh.seen_on) > coalesce(h.since, h.seen_on)
  AND coalesce(oh.since, oh.seen_on) <= a.signed_on
  AND coalesce(o.status, '') <> 'rejected' AND coalesce(oh.review, '') <> 'rejected'
WITH a, i, s, h, count(o) AS newer
WHERE newer = 0
MATCH (n:Person)-[nh:HOLDS_POSITION]->(i)
WHERE n.key <> s.key AND toLower(nh.title) = toLower(h.title)
  AND coalesce(n.status, '') <> 'rejected' AND coalesce(nh.review, '') <> 'rejected'
  AND coalesce(nh.since, nh.seen_on) > a.signed_on AND coalesce(nh.since, nh.seen_on) <= $as_of
RETURN a.key AS agreement, a.signed_on AS signed_on, i.key AS institution, h.title AS title,
       s.name AS signatory, collect(DISTINCT n.name) AS successors,
       min(coalesce(nh.since, nh.seen_on)) AS changed_on

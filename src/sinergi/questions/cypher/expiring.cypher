// title: Agreements expiring or expired without renewal
// title_id: Perjanjian yang akan atau sudah berakhir tanpa diperbarui
// summary_id: Perjanjian yang masa berlakunya segera habis atau sudah habis dan belum diperbarui, dengan status penanda tangannya.
// summary_en: Agreements about to expire or expired without renewal, with whether their signatories are still in office.
// description: Signed agreements whose valid_until falls within days days of as_of: on or
// description: after it (reason expiring, days_left: days to go) or before it (reason
// description: expired, days_left negative), in both cases only when no later signed
// description: agreement on a shared topic binds all the same parties (a party's successor
// description: counts for it): renewed agreements are left out. Agreements without a
// description: valid_until are not dated and not listed (stale-agreements lists every old or
// description: expired agreement without renewal, however long ago). signatories: the
// description: signing officials (named on PARTY_TO, else the head of the party institution
// description: at signing: Bupati, Wali Kota, Gubernur, Kepala ...); replaced: those another
// description: person has since been seen succeeding (same title, same institution, after
// description: signing, on or before as_of) or whose term ended; signatory_status: replaced,
// description: in-office or unknown (no signing official known). Agreements, parties, people
// description: and positions rejected in review are left out.
// param: as_of: date = today -- the day to judge on (YYYY-MM-DD)
// param: days: int = 90 -- valid_until at most this many days after (or before) as_of
// param: coop_type: agreement_type = "" -- only this cooperation type (KSDD, KSDPK, VERTICAL, ...)
// param: province: province = "" -- only agreements covering a region of it; empty for all
// columns: agreement, kind, coop_type, title, topics, parties, signed_on, valid_until,
// columns: days_left, reason,
// columns: signatories, replaced, signatory_status
// sets: topics, parties, signatories, replaced
// order: valid_until, agreement
OPTIONAL MATCH (:Region {province: $province})<-[:COVERS]-(pa:Agreement)
// Candidates by key: the agreements covering a region of the province (an index seek
// from the province's regions), or every agreement when no province is given.
WITH collect(DISTINCT pa.key) AS scoped
OPTIONAL MATCH (na:Agreement)
WHERE $province = ''
WITH scoped, collect(na.key) AS every
UNWIND scoped + every AS candidate
WITH DISTINCT candidate
MATCH (a:Agreement)
WHERE a.key = candidate
  AND a.status IN ['signed', 'expired'] AND coalesce(a.signed_on, '') <= $as_of
  AND coalesce(a.review, '') <> 'rejected'
  AND a.valid_until >= $since AND a.valid_until <= $until
  AND ($coop_type = '' OR coalesce(a.coop_type, 'UNKNOWN') = $coop_type)
MATCH (p:Institution)-[:PARTY_TO]->(a)
WITH a, p WHERE coalesce(p.status, '') <> 'rejected'
WITH a, collect(DISTINCT p.key) AS parties, count(DISTINCT p) AS n
OPTIONAL MATCH (a)<-[:PARTY_TO]-(q:Institution)-[:SUCCEEDED_BY*0..3]->(:Institution)
      -[:PARTY_TO]->(b:Agreement)
WHERE b.status = 'signed' AND b.key <> a.key AND b.signed_on <= $as_of
  AND coalesce(b.review, '') <> 'rejected'
  AND b.signed_on > coalesce(a.signed_on, '')
  AND any(t IN b.topics WHERE t IN a.topics)
// Shared: a's parties bound to b, themselves or through a successor (not rejected ones).
WITH a, parties, n, b,
     count(DISTINCT CASE WHEN q.key IN parties THEN q.key END) AS shared
WITH a, parties, collect(CASE WHEN shared = n THEN b.key END) AS renewals
WHERE size(renewals) = 0
MATCH (i:Institution)-[pt:PARTY_TO]->(a)
WHERE i.key IN parties
// The signatory as text ('' when none is named): the embedded engine drops every row of
// an OPTIONAL MATCH whose WHERE tests a null value carried from before it.
WITH a, parties, i, coalesce(pt.signatory, '') AS signatory
OPTIONAL MATCH (s:Person)-[h:HOLDS_POSITION]->(i)
WHERE coalesce(s.status, '') <> 'rejected' AND coalesce(h.review, '') <> 'rejected'
  AND ((signatory <> '' AND toLower(s.name) = toLower(signatory))
       OR (signatory = ''
           AND (toLower(h.title) IN ['bupati', 'wali kota', 'walikota', 'gubernur',
                                     'penjabat bupati', 'penjabat wali kota', 'penjabat gubernur',
                                     'pj bupati', 'pj wali kota', 'pj gubernur']
                OR toLower(h.title) STARTS WITH 'kepala')
           AND coalesce(h.since, h.seen_on) <= a.signed_on
           AND (h.until IS NULL OR h.until >= a.signed_on)))
WITH a, parties, i, s.name AS name, coalesce(s.key, '') AS who,
     coalesce(toLower(h.title), '') AS post, coalesce(h.until, '9999') AS ended
OPTIONAL MATCH (o:Person)-[oh:HOLDS_POSITION]->(i)
WHERE who <> '' AND o.key <> who AND toLower(oh.title) = post
  AND coalesce(oh.since, oh.seen_on) > a.signed_on AND coalesce(oh.since, oh.seen_on) <= $as_of
  AND coalesce(o.status, '') <> 'rejected' AND coalesce(oh.review, '') <> 'rejected'
WITH a, parties, name, ended, count(o) AS successors
WITH a, parties,
     collect(DISTINCT name) AS signatories,
     collect(DISTINCT CASE WHEN successors > 0 OR ended <= $as_of THEN name END) AS replaced
RETURN a.key AS agreement, a.kind AS kind,
       coalesce(a.coop_type, 'UNKNOWN') AS coop_type, a.title AS title, a.topics AS topics,
       parties,
       a.signed_on AS signed_on, a.valid_until AS valid_until,
       CASE WHEN a.valid_until < $as_of THEN 'expired'
            ELSE 'expiring' END AS reason,
       signatories, replaced,
       CASE WHEN size(replaced) > 0 THEN 'replaced'
            WHEN size(signatories) > 0 THEN 'in-office'
            ELSE 'unknown' END AS signatory_status

// title: Stale agreements
// title_id: Perjanjian yang perlu diperbarui
// summary_id: Perjanjian yang sudah berakhir atau ditandatangani lebih dari sekian tahun lalu.
// summary_en: Agreements past their end date or signed more than a number of years ago.
// description: Signed agreements that need renewing on as_of: past their valid_until (or
// description: marked expired), or signed more than older_than_years years before as_of; in
// description: both cases only when no later signed agreement on a shared topic binds all the
// description: same parties (a party's successor counts for it). reason: expired or old.
// description: Agreements and parties rejected in review are left out (and renew nothing).
// param: as_of: date = today -- the day to judge on (YYYY-MM-DD)
// param: older_than_years: int = 5 -- an agreement signed longer ago than this is old
// param: province: province = "" -- only agreements covering a region of it; empty for all
// columns: agreement, kind, title, topics, parties, signed_on, valid_until, reason
// sets: topics, parties
// order: signed_on, agreement
MATCH (a:Agreement)
WHERE a.status IN ['signed', 'expired'] AND coalesce(a.signed_on, '') <= $as_of
  AND coalesce(a.review, '') <> 'rejected'
  AND (a.status = 'expired' OR a.valid_until < $as_of OR a.signed_on < $cutoff)
  AND ($province = '' OR (a)-[:COVERS]->(:Region {province: $province}))
MATCH (p:Institution)-[:PARTY_TO]->(a)
WITH a, p WHERE coalesce(p.status, '') <> 'rejected'
WITH a, collect(DISTINCT p.key) AS parties, count(DISTINCT p) AS n
OPTIONAL MATCH (a)<-[:PARTY_TO]-(q:Institution)-[:SUCCEEDED_BY*0..3]->(:Institution)
      -[:PARTY_TO]->(b:Agreement)
WHERE b.status = 'signed' AND b.key <> a.key AND b.signed_on <= $as_of
  AND coalesce(b.review, '') <> 'rejected'
  AND b.signed_on > coalesce(a.signed_on, '')
  AND (a)-[:ABOUT]->(:Program)<-[:ABOUT]-(b)
// Shared: a's parties bound to b, themselves or through a successor (not rejected ones).
WITH a, parties, n, b,
     count(DISTINCT CASE WHEN q.key IN parties THEN q.key END) AS shared
WITH a, parties, collect(CASE WHEN shared = n THEN b.key END) AS renewals
WHERE size(renewals) = 0
RETURN a.key AS agreement, a.kind AS kind, a.title AS title, a.topics AS topics, parties,
       a.signed_on AS signed_on, a.valid_until AS valid_until,
       CASE WHEN a.status = 'expired' OR a.valid_until < $as_of THEN 'expired'
            ELSE 'old' END AS reason

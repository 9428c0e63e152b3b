// title: MoU / Kesepakatan Bersama not followed by a PKS
// title_id: MoU / Kesepakatan Bersama tanpa PKS
// summary_id: Nota kesepahaman yang sudah lama ditandatangani tetapi belum ditindaklanjuti dengan Perjanjian Kerja Sama.
// summary_en: MoUs signed a while ago that no cooperation agreement (PKS) has followed yet.
// description: Signed MoUs (Nota Kesepahaman, Kesepakatan Bersama) signed at least months
// description: months before as_of with no PKS signed since (on or before as_of) between the
// description: same parties on a shared topic (Permendagri 22/2020: a Kesepakatan Bersama is
// description: carried out through a Perjanjian Kerja Sama). A PKS counts when it binds every
// description: party of the MoU (at least two of them), each itself, through a successor or
// description: through one of its units (PART_OF, e.g. a Dinas for its Pemkab, a Kanim for its
// description: Kanwil); a PKS since expired or ended still counts as the follow-up. An MoU
// description: without topics is followed by a PKS on any topic. months_since: whole months
// description: from signing to as_of. Agreements and parties rejected in review are left out.
// param: as_of: date = today -- the day to judge on (YYYY-MM-DD)
// param: months: int = 12 -- an MoU older than this many months with no PKS is listed
// param: coop_type: agreement_type = "" -- only this cooperation type (KSDD, KSDPK, VERTICAL, ...)
// param: province: province = "" -- only MoUs covering a region of it; empty for all
// columns: agreement, kind, coop_type, title, topics, parties, signed_on, valid_until,
// columns: months_since
// sets: topics, parties
// order: signed_on, agreement
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
  AND a.kind = 'MOU' AND a.status = 'signed' AND a.signed_on <= $cutoff
  AND coalesce(a.review, '') <> 'rejected'
  AND ($coop_type = '' OR coalesce(a.coop_type, 'UNKNOWN') = $coop_type)
MATCH (p:Institution)-[:PARTY_TO]->(a)
WITH a, p WHERE coalesce(p.status, '') <> 'rejected'
WITH a, collect(DISTINCT p.key) AS parties, count(DISTINCT p) AS n
// The MoU's topics never null: the embedded engine drops every row of an OPTIONAL MATCH
// whose WHERE tests a null carried from before it.
WITH a, parties, n, CASE WHEN size(a.topics) > 0 THEN a.topics ELSE ['-'] END AS mou_topics
OPTIONAL MATCH (a)<-[:PARTY_TO]-(q:Institution)-[:SUCCEEDED_BY*0..3]->(:Institution)
      <-[:PART_OF*0..1]-(x:Institution)-[:PARTY_TO]->(b:Agreement)
WHERE b.kind = 'PKS' AND b.status IN ['signed', 'expired', 'terminated']
  AND b.signed_on >= a.signed_on AND b.signed_on <= $as_of
  AND coalesce(b.review, '') <> 'rejected' AND coalesce(x.status, '') <> 'rejected'
  AND (mou_topics = ['-'] OR any(t IN b.topics WHERE t IN mou_topics))
// Shared: the MoU's parties bound to the PKS (themselves, a successor or a unit).
WITH a, parties, n, b,
     count(DISTINCT CASE WHEN q.key IN parties THEN q.key END) AS shared
WITH a, parties, collect(CASE WHEN shared >= n OR shared >= 2 THEN b.key END) AS followed
WHERE size(followed) = 0
RETURN a.key AS agreement, a.kind AS kind,
       coalesce(a.coop_type, 'UNKNOWN') AS coop_type, a.title AS title, a.topics AS topics,
       parties,
       a.signed_on AS signed_on, a.valid_until AS valid_until

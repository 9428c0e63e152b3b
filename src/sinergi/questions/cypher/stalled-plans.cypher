// title: Stalled plans
// title_id: Rencana yang macet
// summary_id: Rencana perjanjian dan audiensi yang belum diikuti perjanjian yang ditandatangani.
// summary_en: Planned agreements and audiences not followed by a signed agreement.
// description: Planned agreements and AUDIENCE meetings older than older_than_days on as_of
// description: with no later signed agreement between the same parties (at least two of them,
// description: or all when there are fewer; a party's successor counts for it). A planned
// description: agreement dates from its first report (article or record), else its planned
// description: date; a meeting from its date. age_days: days between that date and as_of.
// description: Agreements, meetings, parties and reports rejected in review are left out.
// param: as_of: date = today -- the day to judge on (YYYY-MM-DD)
// param: older_than_days: int = 90 -- a plan or audience older than this many days is stalled
// param: province: province = "" -- only plans covering (meetings held in) a region of it; empty: all
// columns: what, key, kind, date, age_days, parties, topics
// sets: parties, topics
// order: date, key
MATCH (a:Agreement {status: 'planned'})
WHERE coalesce(a.review, '') <> 'rejected'
  AND ($province = '' OR (a)-[:COVERS]->(:Region {province: $province}))
OPTIONAL MATCH (src)-[rep:REPORTS]->(a)
WHERE coalesce(rep.status, '') <> 'rejected'
WITH a, min(coalesce(src.published_on, src.loaded_at)) AS first_seen
WITH a, coalesce(first_seen, a.signed_on) AS since
WHERE since <= $cutoff
MATCH (p:Institution)-[:PARTY_TO]->(a)
WITH a, since, p WHERE coalesce(p.status, '') <> 'rejected'
WITH a, since, collect(DISTINCT p.key) AS parties, count(DISTINCT p) AS n
OPTIONAL MATCH (a)<-[:PARTY_TO]-(q:Institution)-[:SUCCEEDED_BY*0..3]->(:Institution)
      -[:PARTY_TO]->(b:Agreement)
WHERE b.status = 'signed' AND b.signed_on >= since AND b.signed_on <= $as_of
  AND coalesce(b.review, '') <> 'rejected'
// Shared: a's parties bound to b, themselves or through a successor (not rejected ones).
WITH a, since, parties, n, b,
     count(DISTINCT CASE WHEN q.key IN parties THEN q.key END) AS shared
WITH a, since, parties,
     collect(CASE WHEN shared >= n OR shared >= 2 THEN b.key END) AS later
WHERE size(later) = 0
RETURN 'agreement' AS what, a.key AS key, a.kind AS kind, since AS date, parties,
       a.topics AS topics
UNION ALL
MATCH (m:Meeting {kind: 'AUDIENCE'})
WHERE m.date <= $cutoff AND coalesce(m.review, '') <> 'rejected'
  AND ($province = '' OR (m)-[:LOCATED_IN]->(:Region {province: $province}))
MATCH (p:Institution)-[:ATTENDED]->(m)
WITH m, p WHERE coalesce(p.status, '') <> 'rejected'
WITH m, collect(DISTINCT p.key) AS parties, count(DISTINCT p) AS n
OPTIONAL MATCH (m)<-[:ATTENDED]-(q:Institution)-[:SUCCEEDED_BY*0..3]->(:Institution)
      -[:PARTY_TO]->(b:Agreement)
WHERE b.status = 'signed' AND b.signed_on >= m.date AND b.signed_on <= $as_of
  AND coalesce(b.review, '') <> 'rejected'
WITH m, parties, n, b,
     count(DISTINCT CASE WHEN q.key IN parties THEN q.key END) AS shared
WITH m, parties, collect(CASE WHEN shared >= n OR shared >= 2 THEN b.key END) AS later
WHERE size(later) = 0
OPTIONAL MATCH (m)-[:ABOUT]->(g:Program)
RETURN 'meeting' AS what, m.key AS key, m.kind AS kind, m.date AS date, parties,
       collect(DISTINCT g.topic) AS topics

// title: What changed in a province between two dates
// title_id: Perubahan di provinsi antara dua tanggal
// summary_id: Perjanjian yang ditandatangani atau berakhir, perubahan kantor dan wilayah kerja, dan pejabat yang berganti, masing-masing dengan buktinya.
// summary_en: Agreements signed or expired, offices and jurisdictions changed, officials replaced, each with its evidence.
// description: Every change dated from from to to (both included) in the province, oldest
// description: first. change: agreement-signed and agreement-expired (its valid_until) for
// description: agreements covering a region of the province or with a party there (a Kanim
// description: and a university, say; item: the agreement, name: its
// description: title, detail: its kind, who: its parties); jurisdiction-started and
// description: jurisdiction-ended for offices serving a region of it (item: the office,
// description: detail: the region, evidence: how it is known, sourced or derived, and by which
// description: rule); office-succeeded when an institution of the province was replaced by
// description: another (item: the old one, detail: the new one, before: the old one,
// description: sources: where the reference data on the new one comes from);
// description: official-replaced when a person is first seen holding a post of an institution
// description: of the province that someone else held before (item: the new holder, detail:
// description: the title, before: the previous holder). sources: the articles and records
// description: reporting the change (or the source URL of a jurisdiction); evidence: one of
// description: their sentences. Facts rejected in review are left out.
// param: province: province -- province code, name or alias (63, Kalimantan Selatan, Kalsel)
// param: from: date -- first day of the period (YYYY-MM-DD)
// param: to: date = today -- last day of the period (YYYY-MM-DD)
// columns: day, change, item, name, detail, before, who, sources, evidence
// sets: who, sources
// order: day, change, item
OPTIONAL MATCH (p:Institution)-[:PARTY_TO]->(x2:Agreement)
WHERE (p.region = $province OR p.region STARTS WITH ($province + '.'))
  AND coalesce(p.status, '') <> 'rejected'
WITH collect(DISTINCT x2.key) AS with_party
OPTIONAL MATCH (:Region {province: $province})<-[:COVERS]-(x1:Agreement)
WITH with_party, collect(DISTINCT x1.key) AS covering
UNWIND covering + with_party AS k
WITH DISTINCT k
MATCH (a:Agreement {key: k})
WHERE a.signed_on >= $from AND a.signed_on <= $to
  AND a.status IN ['signed', 'expired', 'terminated'] AND coalesce(a.review, '') <> 'rejected'
// k stays in the WITHs: without it the embedded engine fails the OPTIONAL MATCH below.
WITH k, a
MATCH (p:Institution)-[:PARTY_TO]->(a)
WITH k, a, p WHERE coalesce(p.status, '') <> 'rejected'
WITH k, a, collect(DISTINCT p.key) AS who
OPTIONAL MATCH (src)-[rep:REPORTS]->(a)
WHERE coalesce(rep.status, '') <> 'rejected'
RETURN a.signed_on AS day, 'agreement-signed' AS change, a.key AS item, a.title AS name,
       a.kind AS detail, '' AS before, who, collect(DISTINCT src.key) AS sources,
       min(rep.evidence) AS evidence
UNION ALL
OPTIONAL MATCH (p:Institution)-[:PARTY_TO]->(x2:Agreement)
WHERE (p.region = $province OR p.region STARTS WITH ($province + '.'))
  AND coalesce(p.status, '') <> 'rejected'
WITH collect(DISTINCT x2.key) AS with_party
OPTIONAL MATCH (:Region {province: $province})<-[:COVERS]-(x1:Agreement)
WITH with_party, collect(DISTINCT x1.key) AS covering
UNWIND covering + with_party AS k
WITH DISTINCT k
MATCH (a:Agreement {key: k})
WHERE a.valid_until >= $from AND a.valid_until <= $to
  AND a.status IN ['signed', 'expired'] AND coalesce(a.review, '') <> 'rejected'
// k stays in the WITHs: without it the embedded engine fails the OPTIONAL MATCH below.
WITH k, a
MATCH (p:Institution)-[:PARTY_TO]->(a)
WITH k, a, p WHERE coalesce(p.status, '') <> 'rejected'
WITH k, a, collect(DISTINCT p.key) AS who
OPTIONAL MATCH (src)-[rep:REPORTS]->(a)
WHERE coalesce(rep.status, '') <> 'rejected'
RETURN a.valid_until AS day, 'agreement-expired' AS change, a.key AS item, a.title AS name,
       a.kind AS detail, '' AS before, who, collect(DISTINCT src.key) AS sources,
       min(rep.evidence) AS evidence
UNION ALL
MATCH (r:Region {province: $province})<-[j:JURISDICTION_OVER]-(o:Institution)
WHERE j.since >= $from AND j.since <= $to AND coalesce(o.status, '') <> 'rejected'
  AND o.kind IN ['KANWIL', 'KANIM', 'ULP']
RETURN j.since AS day, 'jurisdiction-started' AS change, o.key AS item, o.name AS name,
       r.key AS detail, '' AS before, collect(o.key) AS who,
       collect(DISTINCT j.source_url) AS sources,
       coalesce(j.provenance, 'sourced') + ' ' + coalesce(j.derived_by, '') AS evidence
UNION ALL
MATCH (r:Region {province: $province})<-[j:JURISDICTION_OVER]-(o:Institution)
WHERE j.until >= $from AND j.until <= $to AND coalesce(o.status, '') <> 'rejected'
  AND o.kind IN ['KANWIL', 'KANIM', 'ULP']
RETURN j.until AS day, 'jurisdiction-ended' AS change, o.key AS item, o.name AS name,
       r.key AS detail, '' AS before, collect(o.key) AS who,
       collect(DISTINCT j.source_url) AS sources,
       coalesce(j.provenance, 'sourced') + ' ' + coalesce(j.derived_by, '') AS evidence
UNION ALL
MATCH (r:Region {province: $province})
MATCH (x:Institution)-[s:SUCCEEDED_BY]->(y:Institution)
WHERE (x.region = r.key OR y.region = r.key)
  AND s.on_date >= $from AND s.on_date <= $to
  AND coalesce(x.status, '') <> 'rejected' AND coalesce(y.status, '') <> 'rejected'
// Sources: where the reference data on the new office comes from.
RETURN s.on_date AS day, 'office-succeeded' AS change, x.key AS item,
       x.name AS name, y.key AS detail, x.key AS before, [x.key, y.key] AS who,
       collect(DISTINCT y.source_url) AS sources, coalesce(s.note, '') AS evidence
UNION ALL
MATCH (r:Region {province: $province})
MATCH (i:Institution)<-[h:HOLDS_POSITION]-(n:Person)
WHERE i.region = r.key AND coalesce(h.since, h.seen_on) >= $from AND coalesce(h.since, h.seen_on) <= $to
  AND coalesce(i.status, '') <> 'rejected' AND coalesce(n.status, '') <> 'rejected'
  AND coalesce(h.review, '') <> 'rejected'
WITH i, h, n, coalesce(h.since, h.seen_on) AS day
MATCH (i)<-[oh:HOLDS_POSITION]-(o:Person)
WHERE o.key <> n.key AND toLower(oh.title) = toLower(h.title)
  AND coalesce(oh.since, oh.seen_on) < day
  AND coalesce(o.status, '') <> 'rejected' AND coalesce(oh.review, '') <> 'rejected'
// The latest earlier holder: "date name" strings, max() picks one (post.py splits it).
WITH i, h, n, day, max(coalesce(oh.since, oh.seen_on) + ' ' + o.name) AS before
OPTIONAL MATCH (src)-[rep:REPORTS]->(n)
WHERE rep.fact = h.key AND coalesce(rep.status, '') <> 'rejected'
RETURN day, 'official-replaced' AS change, n.key AS item, n.name AS name, h.title AS detail,
       before, [i.key] AS who, collect(DISTINCT src.key) AS sources,
       min(rep.evidence) AS evidence

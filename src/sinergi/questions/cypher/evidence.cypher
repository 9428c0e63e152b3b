// title: Evidence
// title_id: Bukti
// summary_id: Kalimat dan sumber (artikel atau catatan) di balik satu fakta.
// summary_en: The sentences and sources (articles or records) behind one fact.
// description: The sentences and sources behind a node or relationship key: every REPORTS edge naming it as its fact or pointing at the node with that key. Unlike the other questions it keeps what review rejected: such reports come with status rejected (the record of the decision, next to the sentence it was about).
// param: key -- a node key (agreement:..., pemkab:63.10) or relationship key (src|TYPE|dst)
// columns: fact, target, source, source_kind, url, title, publisher, published, file, sheet, row, evidence, char_start, char_end, extractor, confidence, status
// order: published, source, char_start, fact
MATCH (s)-[r:REPORTS]->(t)
WHERE r.fact = $key OR t.key = $key
RETURN r.fact AS fact, t.key AS target, s.key AS source,
       CASE WHEN s.key STARTS WITH 'record:' THEN 'record' ELSE 'article' END AS source_kind,
       s.url AS url, s.title AS title, s.publisher AS publisher, s.published_on AS published,
       s.file AS file, s.sheet AS sheet, s.row AS row, r.evidence AS evidence,
       r.char_start AS char_start, r.char_end AS char_end, r.extractor AS extractor,
       r.confidence AS confidence, r.status AS status
ORDER BY published, source, char_start, fact

// title: Scorecard of a topic in a province or a kab/kota
// title_id: Rapor kerja sama suatu topik di provinsi atau kabupaten/kota
// summary_id: Jumlah kabupaten/kota menurut status (seperti pada Cakupan), perjanjian dan pertemuan per tahun, dan kecenderungan lima tahun terakhir.
// summary_en: Kab/kota by status (as in coverage), agreements and meetings per year, and the trend over the last five years.
// description: For a province (or one kab/kota: give region instead) and a topic on as_of:
// description: regions: how many kabupaten/kota it has, and how many of them have each status
// description: of the coverage question on the same day (signed, planned, team, province_only,
// description: none, unknown: the counts come from coverage itself, so the two always agree;
// description: for one kab/kota, status is its own status and the counts are 0 or 1).
// description: years: the five calendar years up to as_of's (the last one counts up to as_of);
// description: agreements_per_year: agreements on the topic covering the province or any of
// description: its regions (or the kab/kota) signed in each year (signed, since expired or
// description: ended); meetings_per_year: meetings on the topic held there or attended by its
// description: Pemprov/Pemkab/Pemkot. trend: rising, falling or steady when the agreements and
// description: meetings of the last two years outnumber, are fewer than or equal those of the
// description: first two; no-activity when there are none at all. Facts rejected in review do
// description: not count.
// param: topic: topic -- cooperation topic (TIMPORA, PASSPORT_SERVICE, WNA_SUPERVISION, ...)
// param: province: province = "" -- province code, name or alias; or give region
// param: region: region = "" -- one kabupaten/kota (code or name); or give province
// param: as_of: date = today -- the day the scorecard holds on (YYYY-MM-DD)
// columns: scope, name, level, topic, status, regions, signed, planned, team, province_only,
// columns: none, unknown, years, agreements_per_year, meetings_per_year, trend
MATCH (s:Region)
WHERE s.key = CASE WHEN $region <> '' THEN $region ELSE $province END
MATCH (r:Region {province: s.province})
WHERE $region = '' OR r.key = $region
OPTIONAL MATCH (r)<-[:COVERS]-(a:Agreement)
WHERE $topic IN a.topics AND a.status IN ['signed', 'expired', 'terminated']
  AND a.signed_on >= $year_from AND a.signed_on <= $as_of
  AND coalesce(a.review, '') <> 'rejected'
WITH s, collect(DISTINCT a.key + ' ' + a.signed_on) AS agreements
MATCH (r:Region {province: s.province})
WHERE $region = '' OR r.key = $region
OPTIONAL MATCH (r)<-[:LOCATED_IN]-(m:Meeting)
WHERE m.date >= $year_from AND m.date <= $as_of AND coalesce(m.review, '') <> 'rejected'
  AND (m.topic = $topic OR (m)-[:ABOUT]->(:Program {topic: $topic}))
WITH s, agreements, collect(DISTINCT m.key + ' ' + m.date) AS held
MATCH (r:Region {province: s.province})
WHERE $region = '' OR r.key = $region
OPTIONAL MATCH (r)<-[:JURISDICTION_OVER]-(g:Institution)-[:ATTENDED]->(m:Meeting)
WHERE g.kind IN ['PEMPROV', 'PEMKAB', 'PEMKOT'] AND coalesce(g.status, '') <> 'rejected'
  AND m.date >= $year_from AND m.date <= $as_of AND coalesce(m.review, '') <> 'rejected'
  AND (m.topic = $topic OR (m)-[:ABOUT]->(:Program {topic: $topic}))
WITH s, agreements, held, collect(DISTINCT m.key + ' ' + m.date) AS attended
RETURN s.key AS scope, s.name AS name, s.level AS level, s.province AS province, agreements,
       held + attended AS meetings

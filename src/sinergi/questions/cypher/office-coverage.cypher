// title: Agreements per region of an immigration office, by topic
// title_id: Perjanjian per wilayah kerja kantor imigrasi
// summary_id: Untuk setiap wilayah kerja kantor imigrasi, status terbaik perjanjian per topik.
// summary_en: For each region an immigration office serves, the best agreement status per topic.
// description: For each region in the office's jurisdiction (for a province: it and its
// description: kab/kota), the best status per topic of the agreements of the office or of its
// description: predecessors (SUCCEEDED_BY) that concern the region (they COVER it, or its
// description: Pemkab/Pemkot/Pemprov is a party): signed (in force on as_of), planned, expired,
// description: or empty. One row per region, one column per topic, and the agreements counted.
// description: Agreements and institutions rejected in review do not count.
// param: office: institution -- office key or exact name (kanim:batulicin, Kantor Imigrasi ...)
// param: as_of: date = today -- the day agreements must be in force on (YYYY-MM-DD)
// columns: region, name, TIMPORA, WNA_SUPERVISION, PASSPORT_SERVICE, POPULATION_DATA, BORDER
// columns: INVESTMENT, TOURISM, LABOUR, OTHER, agreements
// sets: agreements
// order: region
MATCH (o:Institution {key: $office})-[:JURISDICTION_OVER]->(:Region)<-[:PART_OF*0..1]-(r:Region)
WHERE r.level <> 'district'
WITH DISTINCT o, r
OPTIONAL MATCH (o)<-[:SUCCEEDED_BY*0..3]-(x:Institution)-[:PARTY_TO]->(a1:Agreement)
      -[:COVERS]->(r)
WHERE coalesce(x.status, '') <> 'rejected'
WITH o, r, collect(DISTINCT a1.key) AS covering
OPTIONAL MATCH (o)<-[:SUCCEEDED_BY*0..3]-(x:Institution)-[:PARTY_TO]->(a2:Agreement)
      <-[:PARTY_TO]-(g:Institution)-[:JURISDICTION_OVER]->(r)
WHERE g.kind IN ['PEMKAB', 'PEMKOT', 'PEMPROV']
  AND coalesce(x.status, '') <> 'rejected' AND coalesce(g.status, '') <> 'rejected'
WITH r, covering, collect(DISTINCT a2.key) AS as_party
UNWIND covering + as_party + [''] AS k
OPTIONAL MATCH (a:Agreement {key: k})
WHERE coalesce(a.review, '') <> 'rejected'
RETURN DISTINCT r.key AS region, r.name AS name, a.key AS agreement, a.status AS status,
       a.signed_on AS signed_on, a.valid_until AS valid_until, a.topics AS topics

// title: Immigration service points per kabupaten/kota
// title_id: Titik layanan imigrasi per kabupaten/kota
// summary_id: Layanan imigrasi yang ada di setiap kabupaten/kota: kantor, gerai MPP atau layanan berkala.
// summary_en: The immigration service inside each kabupaten/kota: an office, an MPP counter or a periodic service.
// description: For every kabupaten/kota of the province, the immigration service reachable
// description: inside it: a Kanim or ULP located in it (office), an MPP counter located in it
// description: (mpp), or a periodic passport service (Eazy Passport, jemput bola) under a
// description: signed PASSPORT_SERVICE agreement in force that covers it (periodic); none when
// description: there is nothing inside it though its serving office is known; unknown when
// description: there is nothing inside it and no office is known to serve it (no Kanim or ULP
// description: has jurisdiction over it on as_of): unknown is not none. With the offices
// description: (Kanim, ULP) that have jurisdiction over it on as_of (since inclusive, until
// description: exclusive) and how that is known (provenance: sourced from a named source, or
// description: derived by a stated rule; see docs/reference-data.md). Offices and agreements
// description: rejected in review do not count.
// param: province: province -- province code, name or alias (63, Kalimantan Selatan, Kalsel)
// param: as_of: date = today -- the day agreements and jurisdictions hold on (YYYY-MM-DD)
// columns: region, name, level, service, offices, mpp, periodic, jurisdiction, provenance
// sets: offices, mpp, periodic, jurisdiction, provenance
// order: region
MATCH (r:Region)
WHERE r.province = $province AND r.level IN ['regency', 'city']
OPTIONAL MATCH (r)<-[:LOCATED_IN]-(o:Institution)
WHERE o.kind IN ['KANIM', 'ULP', 'MPP'] AND coalesce(o.status, '') <> 'rejected'
WITH r, collect(DISTINCT CASE WHEN o.kind <> 'MPP' THEN o.key END) AS offices,
     collect(DISTINCT CASE WHEN o.kind = 'MPP' THEN o.key END) AS mpp
OPTIONAL MATCH (r)<-[:COVERS]-(a1:Agreement)
WHERE 'PASSPORT_SERVICE' IN a1.topics AND a1.status = 'signed'
  AND coalesce(a1.review, '') <> 'rejected'
  AND coalesce(a1.signed_on, '') <= $as_of
  AND (a1.valid_until IS NULL OR a1.valid_until >= $as_of)
WITH r, offices, mpp, collect(DISTINCT a1.key) AS covering
OPTIONAL MATCH (r)<-[:JURISDICTION_OVER]-(g:Institution)-[:PARTY_TO]->(a2:Agreement)
WHERE g.kind IN ['PEMKAB', 'PEMKOT'] AND 'PASSPORT_SERVICE' IN a2.topics
  AND coalesce(g.status, '') <> 'rejected' AND coalesce(a2.review, '') <> 'rejected'
  AND a2.status = 'signed' AND coalesce(a2.signed_on, '') <= $as_of
  AND (a2.valid_until IS NULL OR a2.valid_until >= $as_of)
WITH r, offices, mpp, covering, collect(DISTINCT a2.key) AS as_party
OPTIONAL MATCH (r)<-[jr:JURISDICTION_OVER]-(j:Institution)
WHERE j.kind IN ['KANIM', 'ULP'] AND coalesce(j.status, '') <> 'rejected'
  AND coalesce(jr.since, '') <= $as_of AND (jr.until IS NULL OR jr.until > $as_of)
WITH r, offices, mpp, covering + as_party AS periodic, collect(DISTINCT j.key) AS jurisdiction,
     collect(DISTINCT CASE WHEN j IS NOT NULL THEN coalesce(jr.provenance,
         CASE WHEN jr.source_url IS NULL THEN 'derived' ELSE 'sourced' END) END) AS provenance
RETURN r.key AS region, r.name AS name, r.level AS level,
       CASE WHEN size(offices) > 0 THEN 'office'
            WHEN size(mpp) > 0 THEN 'mpp'
            WHEN size(periodic) > 0 THEN 'periodic'
            WHEN size(jurisdiction) = 0 THEN 'unknown'
            ELSE 'none' END AS service,
       offices, mpp, periodic, jurisdiction, provenance

// title: Regions
// title_id: Daftar wilayah
// summary_id: Provinsi, kabupaten/kota dan kecamatan dari data rujukan.
// summary_en: Provinces, kabupaten/kota and kecamatan from the reference data.
// description: Provinces, kabupaten/kota and kecamatan from the reference layer, by code, with paging.
// param: province: province = "" -- province code or name; empty for all provinces
// param: level: region_level = "" -- province, regency, city or district (provinsi, kabupaten, kota, kecamatan); empty for all levels
// param: limit: limit = 100 -- rows per page
// param: offset: offset = 0 -- rows to skip
// columns: key, name, level, parent, province, total
// order: key
MATCH (r:Region)
WHERE ($province = '' OR r.province = $province OR r.key = $province)
  AND ($level = '' OR r.level = $level)
WITH collect(r) AS hits, count(r) AS total
UNWIND hits AS r
WITH r, total
ORDER BY r.key
SKIP $offset LIMIT $limit
RETURN r.key AS key, r.name AS name, r.level AS level, r.parent AS parent,
       r.province AS province, total
ORDER BY key

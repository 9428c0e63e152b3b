// title: Institutions
// title_id: Daftar instansi
// summary_id: Instansi menurut nama, jenis dan provinsi.
// summary_en: Institutions by name, kind and province.
// description: Institutions whose name, alias or key contains a text, by kind and province, with paging. Institutions rejected in review are left out; a merged one is found by its old name among the survivor's aliases.
// param: q = "" -- text to find in the name, an alias or the key (any case); empty for all
// param: kind: institution_kind = "" -- institution kind (PEMKAB, KANIM, ...; any case); empty for all kinds
// param: province: province = "" -- province code or name; empty for all provinces
// param: limit: limit = 50 -- rows per page
// param: offset: offset = 0 -- rows to skip
// columns: key, name, kind, place, region, province, office_class, aliases, status, total
// sets: aliases
// order: name, key
MATCH (i:Institution)
WHERE coalesce(i.status, '') <> 'rejected' AND ($kind = '' OR i.kind = $kind)
OPTIONAL MATCH (i)-[:LOCATED_IN]->(loc:Region)
WITH i, min(loc.key) AS located
WITH i, coalesce(i.region, located) AS region
WHERE $province = '' OR region = $province OR region STARTS WITH ($province + '.')
UNWIND coalesce(i.aliases, []) + [i.name, i.key] AS candidate
WITH i, candidate
WHERE $q = '' OR toLower(candidate) CONTAINS toLower($q)
WITH DISTINCT i
WITH collect(i.key) AS hits, count(i) AS total
// Matched again by key: the embedded engine loses a node's edges through collect/UNWIND.
UNWIND hits AS hit
MATCH (i:Institution)
WHERE i.key = hit
WITH i, total
ORDER BY coalesce(i.name, ''), i.key
SKIP $offset LIMIT $limit
OPTIONAL MATCH (i)-[:LOCATED_IN]->(loc:Region)
WITH i, total, min(loc.key) AS located
WITH i, total, coalesce(i.region, located) AS region_key
OPTIONAL MATCH (g:Region {key: region_key})
RETURN i.key AS key, i.name AS name, i.kind AS kind, i.place AS place, g.key AS region,
       g.province AS province, i.office_class AS office_class, i.aliases AS aliases,
       i.status AS status, total
ORDER BY name, key

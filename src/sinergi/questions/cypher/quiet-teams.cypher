// title: Quiet teams and forums
// title_id: Tim dan forum yang tidak aktif
// summary_id: Tim Timpora dan forum tetap lain yang tidak tercatat mengadakan pertemuan dalam beberapa bulan terakhir.
// summary_en: Timpora teams and other standing forums with no meeting reported in recent months.
// description: Timpora teams (institutions of kind TIMPORA) and other standing forums
// description: (institutions named Tim ..., Forum ..., Forkopimda, Satgas / Satuan Tugas ...,
// description: Pokja / Kelompok Kerja ..., Komite ...) with no meeting on or after as_of minus
// description: months months (up to as_of). A team's meetings: those it attended, and for a
// description: Timpora team the Timpora meetings held in its region. status: quiet (its last
// description: meeting is older: last_meeting, meeting, how: attended or held-in-region,
// description: months_quiet: whole months since) or no-meeting-known (no meeting of it is
// description: reported at all: unknown, not proof it never met). A team first reported
// description: in an article (first_seen: its earliest publication date) after as_of minus
// description: months is too new to be quiet and left out (a planners' record gives no date).
// description: Teams, meetings and reports rejected in review are left out.
// param: as_of: date = today -- the day to judge on (YYYY-MM-DD)
// param: months: int = 6 -- a team with no meeting in this many months is quiet
// param: province: province = "" -- only teams of a region of this province; empty for all
// columns: team, name, kind, region, status, last_meeting, meeting, how, months_quiet,
// columns: first_seen
// order: region, team
OPTIONAL MATCH (r:Region {province: $province})
// Candidates by key: the institutions of the province's regions (index seeks), or every
// institution when no province is given.
OPTIONAL MATCH (pt:Institution)
WHERE pt.region = r.key
WITH collect(DISTINCT pt.key) AS scoped
OPTIONAL MATCH (nt:Institution)
WHERE $province = ''
WITH scoped, collect(nt.key) AS every
UNWIND scoped + every AS candidate
WITH DISTINCT candidate
MATCH (t:Institution)
WHERE t.key = candidate
  AND (t.kind = 'TIMPORA' OR toLower(t.name) STARTS WITH 'tim '
       OR toLower(t.name) STARTS WITH 'forum ' OR toLower(t.name) STARTS WITH 'forkopimda'
       OR toLower(t.name) STARTS WITH 'satgas' OR toLower(t.name) STARTS WITH 'satuan tugas'
       OR toLower(t.name) STARTS WITH 'pokja' OR toLower(t.name) STARTS WITH 'kelompok kerja'
       OR toLower(t.name) STARTS WITH 'komite')
  AND coalesce(t.status, '') <> 'rejected'
OPTIONAL MATCH (src)-[rep:REPORTS]->(t)
WHERE coalesce(rep.status, '') <> 'rejected'
WITH t, min(src.published_on) AS first_seen
WHERE coalesce(first_seen, '') <= $cutoff
// Meetings as "date key" strings: max() picks one meeting's date and key together on
// both dialects (the Python step splits them); such a string is below the cut-off
// exactly when its date is.
OPTIONAL MATCH (t)-[:ATTENDED]->(m1:Meeting)
WHERE m1.date <= $as_of AND coalesce(m1.review, '') <> 'rejected'
WITH t, first_seen, max(m1.date + ' ' + m1.key) AS attended
OPTIONAL MATCH (r:Region)<-[:LOCATED_IN]-(m2:Meeting)
WHERE t.kind = 'TIMPORA' AND r.key = t.region
  AND m2.date <= $as_of AND coalesce(m2.review, '') <> 'rejected'
  AND (m2.topic = 'TIMPORA' OR (m2)-[:ABOUT]->(:Program {topic: 'TIMPORA'}))
WITH t, first_seen, coalesce(attended, '') AS attended,
     coalesce(max(m2.date + ' ' + m2.key), '') AS held
WITH t, first_seen,
     CASE WHEN held > attended THEN held ELSE attended END AS last,
     CASE WHEN held > attended THEN 'held-in-region' ELSE 'attended' END AS how
WHERE last < $cutoff
RETURN t.key AS team, t.name AS name, t.kind AS kind, t.region AS region, last, how,
       first_seen

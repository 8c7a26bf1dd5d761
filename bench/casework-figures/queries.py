#!/usr/bin/env python3
"""Prints the statements of one CaseFigures.count call (internal/figures: FigureQueries.tallies, flaggedContexts,
count of DIRECT_COUNSELLING, HandoverQueries.traffickingCases twice) for a year of a province, each under
EXPLAIN (ANALYZE, BUFFERS), with the parameters written in. Keep in step with the Java SQL.

usage: queries.py FIRST_COMMUNE YEAR [consent]"""
import sys

first, year = int(sys.argv[1]), int(sys.argv[2])
consent = len(sys.argv) > 3 and sys.argv[3] == "consent"
communes = ",".join("'C%05d'" % i for i in range(first, first + 100))
scope = f"c.commune_code IN ({communes})"
if consent:
    scope += """ AND (SELECT COUNT(*) FROM casework_consents s
 WHERE s.case_id = c.id AND s.purpose = 'STATISTICS' AND s.recipient_organisation_id IS NULL
 AND s.given_on <= CURRENT_DATE AND (s.withdrawn_on IS NULL OR s.withdrawn_on > CURRENT_DATE)
 AND (s.valid_until IS NULL OR s.valid_until >= CURRENT_DATE) AND NOT (s.given_by = 'GUARDIAN' AND s.child_agreed = FALSE)
 AND NOT EXISTS (SELECT 1 FROM casework_consents n WHERE n.case_id = c.id AND n.purpose = 'STATISTICS'
   AND n.recipient_organisation_id IS NULL AND n.given_on <= CURRENT_DATE
   AND (n.given_on > s.given_on OR (n.given_on = s.given_on AND n.id > s.id)))) > 0"""
start = f"TIMESTAMP WITH TIME ZONE '{year}-01-01 00:00:00+07'"
end = f"TIMESTAMP WITH TIME ZONE '{year + 1}-01-01 00:00:00+07'"
frm, to = f"DATE '{year}-01-01'", f"DATE '{year}-12-31'"
eff = "z.state IN ('CLOSED', 'REOPENED')"
flags = (f"CASE WHEN c.opened_at >= {start} THEN 1 ELSE 0 END AS o,"
         f" CASE WHEN (SELECT COUNT(*) FROM casework_closures z WHERE z.case_id = c.id AND {eff}"
         f" AND z.decided_at >= {start} AND z.decided_at < {end}) > 0 THEN 1 ELSE 0 END AS z,"
         f" CASE WHEN (SELECT COUNT(*) FROM casework_closures z WHERE z.case_id = c.id AND {eff}"
         f" AND z.decided_at < {end} AND (z.reopened_at IS NULL OR z.reopened_at >= {end})) > 0 THEN 0 ELSE 1 END AS a")
flagged = (f"(SELECT * FROM (SELECT c.id, c.client_id, c.case_type, c.source, c.commune_code, {flags}"
           f" FROM casework_cases c WHERE {scope} AND c.opened_at < {end} OFFSET 0 ROWS) f0"
           " WHERE f0.o = 1 OR f0.z = 1 OR f0.a = 1) f")
partners = "'CURRENT_HUSBAND_OR_WIFE','FORMER_SPOUSE','COHABITING_PARTNER','BOYFRIEND_OR_GIRLFRIEND','FORMER_PARTNER'"
explain = "EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, SUMMARY ON)"
sums = "SUM(s.o), SUM(s.z), SUM(s.a)"
print(f"""\\echo tallies
{explain} WITH s AS (SELECT f.id, f.case_type, f.source, f.commune_code, k.sex, k.age_group, f.o, f.z, f.a
 FROM {flagged} JOIN casework_clients k ON k.id = f.client_id),
g AS (SELECT DISTINCT s.id, s.o, s.z, s.a, COALESCE(i.gbvims_type, 'UNKNOWN') AS gbvims_type
      FROM s LEFT JOIN casework_incidents i ON i.case_id = s.id)
SELECT CAST('TOTAL' AS VARCHAR(30)) AS kind, CAST('ALL' AS VARCHAR(40)) AS val, {sums} FROM s
UNION ALL SELECT 'CASE_TYPE', s.case_type, {sums} FROM s GROUP BY s.case_type
UNION ALL SELECT 'SEX', s.sex, {sums} FROM s GROUP BY s.sex
UNION ALL SELECT 'AGE_GROUP', s.age_group, {sums} FROM s GROUP BY s.age_group
UNION ALL SELECT 'COMMUNE', COALESCE(s.commune_code, 'UNKNOWN'), {sums} FROM s GROUP BY COALESCE(s.commune_code, 'UNKNOWN')
UNION ALL SELECT 'GBVIMS_TYPE', g.gbvims_type, SUM(g.o), SUM(g.z), SUM(g.a) FROM g GROUP BY g.gbvims_type
UNION ALL SELECT 'SOURCE', s.source, {sums} FROM s GROUP BY s.source
UNION ALL SELECT 'TRAFFICKING_SEX', s.sex, {sums} FROM s WHERE s.case_type = 'TRAFFICKING' GROUP BY s.sex;
\\echo contexts
{explain} SELECT i.case_id, i.gbvims_type, i.incident_date, i.money_or_goods, i.abduction, i.harmful_practice,
 k.birth_year, k.age_group, k.date_of_birth_enc,
 (SELECT COUNT(*) FROM casework_perpetrators p WHERE p.incident_id = i.id AND p.relation IN ({partners})) AS partner,
 f.o, f.z, f.a
 FROM {flagged} JOIN casework_clients k ON k.id = f.client_id JOIN casework_incidents i ON i.case_id = f.id
 WHERE (i.gbvims_type IN ('RAPE', 'SEXUAL_ASSAULT', 'FORCED_MARRIAGE') OR i.harmful_practice = TRUE
 OR EXISTS (SELECT 1 FROM casework_perpetrators p WHERE p.incident_id = i.id AND p.relation IN ({partners})));
\\echo direct
{explain} SELECT COUNT(*) FROM casework_cases c WHERE {scope} AND c.id IN (SELECT v.case_id FROM casework_services v
 WHERE v.service_type = 'DIRECT_COUNSELLING_IN_PERSON' AND v.given_on BETWEEN {frm} AND {to});""")
for to_whom in ("TO_FAMILY", "TO_ORGANISATION"):
    print(f"""\\echo handovers
{explain} SELECT cl.sex, COUNT(DISTINCT c.id) AS cases FROM casework_cases c JOIN casework_clients cl ON cl.id = c.client_id
 WHERE c.case_type = 'TRAFFICKING' AND c.id IN (SELECT h.case_id FROM casework_handovers h
 WHERE h.handover_to = '{to_whom}' AND h.handed_over_on BETWEEN {frm} AND {to}) AND {scope} GROUP BY cl.sex;""")

-- Casework figures benchmark data (bench/casework-figures/run.sh): 500,000 cases over 2021-2025 in 3,300 communes,
-- 30% of them in the 100 communes of one busy province (C00000-C00099), the rest spread evenly (a typical province such
-- as C00100-C00199 opens about 2,000 cases a year); 70% closed (5% reopened), 1.1 incidents a case with one
-- perpetrator each, two services a case, 80% with a consent to statistics, hand-overs for two thirds of trafficking
-- cases. Only the columns the figures read are realistic; nothing personal is generated.
SET synchronous_commit = off;
INSERT INTO casework_clients (id, organisation_id, survivor_code, birth_year, age_group, sex, ethnicity, disability,
    marital_status, occupation, created_by, created_at, updated_at)
SELECT g, 1 + g % 6, 'S' || g, CASE WHEN g % 3 = 0 THEN 1960 + g % 50 END,
       (ARRAY['AGE_0_5','AGE_6_11','AGE_12_15','AGE_16_17','AGE_18_24','AGE_25_59','AGE_60_PLUS','UNKNOWN'])[1 + g % 8],
       (ARRAY['FEMALE','FEMALE','FEMALE','MALE','OTHER','UNKNOWN'])[1 + (g / 7) % 6], '01', 'NO', 'MARRIED', 'WORKER', 1, now(), now()
FROM generate_series(1, 500000) g;
INSERT INTO casework_cases (id, case_number, client_id, organisation_id, case_type, source, status, priority, risk_level,
    commune_code, opened_at, opened_by, updated_at)
SELECT g, 'N' || g, g, 1 + g % 6,
       (ARRAY['GBV','GBV','GBV','GBV','DOMESTIC_VIOLENCE','DOMESTIC_VIOLENCE','DOMESTIC_VIOLENCE','CHILD_ABUSE','CHILD_ABUSE','TRAFFICKING','OTHER_PROTECTION'])[1 + (g / 3) % 11],
       (ARRAY['HOTLINE','HOTLINE','WALK_IN','NATIONAL_HOTLINE_111','POLICE_OR_BORDER_HANDOVER','OUTREACH'])[1 + (g / 5) % 6],
       'OPEN', 'MEDIUM', 'LOW',
       CASE WHEN random() < 0.3 THEN 'C' || lpad((floor(random() * 100))::int::text, 5, '0')
            WHEN random() < 0.02 THEN NULL
            ELSE 'C' || lpad((floor(random() * 3300))::int::text, 5, '0') END,
       timestamp with time zone '2021-01-01 00:00:00+07' + (random() * interval '1826 days'), 1, now()
FROM generate_series(1, 500000) g;
SELECT setval(pg_get_serial_sequence('casework_cases', 'id'), 500000);
SELECT setval(pg_get_serial_sequence('casework_clients', 'id'), 500000);
INSERT INTO casework_closures (case_id, organisation_id, state, reason, status_before, requested_by, requested_at, decided_by, decided_at, reopened_at)
SELECT id, organisation_id, CASE WHEN id % 20 = 0 THEN 'REOPENED' ELSE 'CLOSED' END, 'GOALS_MET', 'OPEN', 1,
       opened_at + d, 1, opened_at + d, CASE WHEN id % 20 = 0 THEN opened_at + d + interval '30 days' END
FROM (SELECT id, organisation_id, opened_at, random() * interval '180 days' AS d FROM casework_cases WHERE id % 10 < 7) x;
INSERT INTO casework_incidents (case_id, incident_date, time_of_day, gbvims_type, manual, abduction, harmful_practice, created_by, created_at, updated_at)
SELECT id, to_char(opened_at - interval '20 days', 'YYYY-MM'), 'UNKNOWN',
       (ARRAY['RAPE','SEXUAL_ASSAULT','PHYSICAL_ASSAULT','FORCED_MARRIAGE','DENIAL_OF_RESOURCES','PSYCHOLOGICAL_ABUSE','NON_GBV'])[1 + (id / 11) % 7],
       false, 'UNKNOWN', id % 50 = 0, 1, now(), now()
FROM casework_cases WHERE id % 10 <> 9
UNION ALL
SELECT id, NULL, 'UNKNOWN', 'PHYSICAL_ASSAULT', false, 'UNKNOWN', false, 1, now(), now() FROM casework_cases WHERE id % 5 = 1;
INSERT INTO casework_perpetrators (incident_id, position, relation, sex, age_group, occupation)
SELECT id, 0, (ARRAY['CURRENT_HUSBAND_OR_WIFE','FORMER_SPOUSE','COHABITING_PARTNER','BOYFRIEND_OR_GIRLFRIEND','FORMER_PARTNER','FATHER','MOTHER','STEP_PARENT','SIBLING','CHILD','PARENT_IN_LAW','OTHER_RELATIVE','GUARDIAN_OR_CAREGIVER','TEACHER_OR_SCHOOL_STAFF','EMPLOYER','AUTHORITY_FIGURE','ACQUAINTANCE_OR_NEIGHBOUR','STRANGER','UNKNOWN'])[1 + (id / 3) % 19],
       'MALE', 'AGE_25_59', 'UNKNOWN'
FROM casework_incidents;
INSERT INTO casework_services (case_id, service_type, sector, given_on, recorded_by, recorded_at, updated_at)
SELECT c.id, (ARRAY['DIRECT_COUNSELLING_IN_PERSON','PHONE_COUNSELLING','PSYCHOLOGICAL_SUPPORT','LEGAL_AID','HEALTH_CARE','EMERGENCY_SUPPORT','SAFE_ACCOMMODATION','MATERIAL_AID'])[1 + (c.id * k) % 8],
       'SOCIAL_SERVICES', (c.opened_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + ((c.id * k) % 60)::int, 1, now(), now()
FROM casework_cases c CROSS JOIN generate_series(1, 2) k;
INSERT INTO casework_consents (case_id, purpose, given_by, given_on, recorded_by, recorded_at)
SELECT id, 'STATISTICS', 'CLIENT', (opened_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 1, now() FROM casework_cases WHERE id % 5 <> 0;
UPDATE casework_consents SET withdrawn_on = given_on + 10, withdrawn_by = 'CLIENT' WHERE id % 40 = 0;
INSERT INTO casework_handovers (case_id, handover_to, handed_over_on, version, recorded_by, recorded_at, updated_by, updated_at)
SELECT id, CASE WHEN id % 2 = 0 THEN 'TO_FAMILY' ELSE 'TO_ORGANISATION' END, (opened_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 20, 1, 1, now(), 1, now()
FROM casework_cases WHERE case_type = 'TRAFFICKING' AND id % 3 <> 0;
ANALYZE;

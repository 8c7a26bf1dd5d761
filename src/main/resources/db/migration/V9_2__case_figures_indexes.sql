-- Casework figures for the reports (CaseFigures): a year of a province out of 500,000 cases in a fraction of a second.
-- The closure history needed no new column: casework_closures keeps each closure's effective moment (decided_at, for
-- rows CLOSED or REOPENED) and its reopening (reopened_at), so "closed in the period" and "open at its end" are read
-- from it. Portable between H2 (PostgreSQL mode) and PostgreSQL.

-- Cases opened in a period within a set of communes (a province is its communes' codes), and in any commune.
CREATE INDEX casework_cases_commune_opened_ix ON casework_cases (commune_code, opened_at);
CREATE INDEX casework_cases_opened_ix ON casework_cases (opened_at);
-- Closures that took effect in a period.
CREATE INDEX casework_closures_decided_ix ON casework_closures (decided_at, case_id);

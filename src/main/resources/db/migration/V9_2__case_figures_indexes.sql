-- Casework figures for the reports (CaseFigures): a year of a province out of 500,000 cases in one grouped pass.
-- The closure history needed no new column: casework_closures keeps each closure's effective moment (decided_at, for
-- rows CLOSED or REOPENED) and its reopening (reopened_at), so "closed in the period" and "open at its end" are read
-- from it. Portable between H2 (PostgreSQL mode) and PostgreSQL.

-- Cases of a set of communes (a province is its communes' codes) opened by a day, and of every commune.
CREATE INDEX casework_cases_commune_opened_ix ON casework_cases (commune_code, opened_at);
CREATE INDEX casework_cases_opened_ix ON casework_cases (opened_at);
-- Each case's closures answer "closed in the period?" and "closed at its end?" from the index alone.
CREATE INDEX casework_closures_case_span_ix ON casework_closures (case_id, decided_at, reopened_at, state);
-- Closures that took effect in a period (the drill-down over every commune).
CREATE INDEX casework_closures_decided_ix ON casework_closures (decided_at, case_id);
-- The GBVIMS types of a case's incidents without reading the incidents.
CREATE INDEX casework_incidents_case_type_ix ON casework_incidents (case_id, gbvims_type);
-- Cases given a type of service in a period, from the index alone; it replaces the index without the case.
CREATE INDEX casework_services_type_case_ix ON casework_services (service_type, given_on, case_id);
DROP INDEX casework_services_type_ix;

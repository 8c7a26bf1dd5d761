-- The trafficking record's hand-over now lives in casework_handovers (copied by V6_10): one source of truth.
ALTER TABLE casework_trafficking DROP COLUMN handover_to;
ALTER TABLE casework_trafficking DROP COLUMN handover_date;
ALTER TABLE casework_trafficking DROP COLUMN handover_organisation;

-- The 1 July 2025 reform as a mapping: for each current unit (province or commune), the pre-reform units merged into
-- it, wholly or in part (a partial one was split between several current units). It lets figures of periods before
-- the reform, recorded under the old codes, be shown on the old units and carried over to today's.
--
-- The rows, and the pre-reform units themselves as versions of `localities` ending 2025-06-30, are loaded at startup
-- from geography/merges-2025-new-to-old.json (dvhcvn, MIT, see NOTICE) by BundledMerges, the way BundledUnits loads
-- the 2025 units: reference data ships as a file an administrator can re-import, not as SQL. Codes are not unique
-- across the reform (a current unit often reuses the code of a different old unit), hence a table of its own instead
-- of a column on `localities`.
CREATE TABLE geography_unit_merges (
    new_code      VARCHAR(10)  NOT NULL,
    -- The current unit's name as the mapping gives it; the API shows today's name from `localities` when the unit
    -- still exists, this one only for a unit a later decree replaced.
    new_name      VARCHAR(200) NOT NULL,
    old_code      VARCHAR(10)  NOT NULL,
    old_name      VARCHAR(200) NOT NULL,
    partial_merge BOOLEAN      NOT NULL,
    CONSTRAINT geography_unit_merges_pk PRIMARY KEY (new_code, old_code)
);
-- Successors: from an old code to the current units.
CREATE INDEX geography_unit_merges_old_ix ON geography_unit_merges (old_code);

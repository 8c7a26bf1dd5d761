-- Companions can be corrected and removed (issue 4). A removal keeps the row, as records are not hard-deleted by users:
-- removed_at and removed_by mark it and every list leaves it out. The version guards corrections (optimistic locking).
ALTER TABLE casework_companions ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE casework_companions ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE casework_companions ADD COLUMN removed_by BIGINT;
ALTER TABLE casework_companions ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;

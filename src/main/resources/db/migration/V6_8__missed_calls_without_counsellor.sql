-- A missed call the telephony system records was taken by nobody: its counsellor is "none" (NULL), no longer the
-- made-up user id 0 it was stored with.
ALTER TABLE hotline_contacts ALTER COLUMN counsellor_id DROP NOT NULL;
UPDATE hotline_contacts SET counsellor_id = NULL WHERE counsellor_id = 0;

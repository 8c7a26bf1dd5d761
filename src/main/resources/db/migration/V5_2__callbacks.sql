-- Hotline call-backs: when a scheduled call-back is due. The call-back queue orders by it (a missed call, or a
-- call-back scheduled without a time, is due from when it came in). Cleared, like the safe window, when the contact
-- is marked "do not call back".
ALTER TABLE hotline_contacts ADD COLUMN call_back_due TIMESTAMP WITH TIME ZONE;

-- Hotline: the organisation index also holds what the call-back queue filters on (type, outcome, "do not call back"),
-- so the queue's WHERE clause is answered inside the index: of an organisation's last 30 days only the missed calls
-- and scheduled call-backs are read from the table, not every contact (PostgreSQL combines one scan of the range per
-- side of the OR). Widened rather than added beside it: a second index with the same leading columns would cost every
-- saved contact another index insert. The contact list keeps using it as before, by organisation and time.
DROP INDEX hotline_contacts_org_ix;
CREATE INDEX hotline_contacts_org_ix
    ON hotline_contacts (organisation_id, received_at DESC, contact_type, outcome, do_not_call_back);

-- Hotline: a number's totals in one row per organisation, so that a caller lookup reads one row instead of counting
-- every contact of the number (a busy number has tens of thousands). Kept by the hotline code in the transaction of
-- every write that changes a contact's number, received time, GBV flag, do-not-call-back flag or urgency: a new
-- contact adds to its number's row; a change recounts the numbers concerned. Contacts without a number have no row.
CREATE TABLE hotline_caller_totals (
    phone_bidx                VARCHAR(64) NOT NULL,
    organisation_id           BIGINT      NOT NULL,
    contacts                  BIGINT      NOT NULL,
    gbv_contacts              BIGINT      NOT NULL,
    do_not_call_back_contacts BIGINT      NOT NULL,
    -- Contacts judged a danger to life (urgency DANGER_TO_LIFE).
    danger_contacts           BIGINT      NOT NULL,
    first_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (phone_bidx, organisation_id)
);

INSERT INTO hotline_caller_totals (phone_bidx, organisation_id, contacts, gbv_contacts, do_not_call_back_contacts,
                                   danger_contacts, first_at, last_at)
SELECT phone_bidx, organisation_id, COUNT(*),
       SUM(CASE WHEN gbv_related THEN 1 ELSE 0 END),
       SUM(CASE WHEN do_not_call_back THEN 1 ELSE 0 END),
       SUM(CASE WHEN urgency = 'DANGER_TO_LIFE' THEN 1 ELSE 0 END),
       MIN(received_at), MAX(received_at)
FROM hotline_contacts
WHERE phone_bidx IS NOT NULL
GROUP BY phone_bidx, organisation_id;

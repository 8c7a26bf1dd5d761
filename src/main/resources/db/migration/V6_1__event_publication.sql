-- Spring Modulith's event publication registry (spring-modulith-events-jdbc, schema v2): an event with transactional
-- listeners in other modules (e.g. hotline's CaseRequestedFromContact, which casework turns into an intake case) is
-- stored in the publishing transaction and marked complete once its listener succeeded, so a failed or interrupted
-- listener leaves a record that can be resubmitted instead of a lost case. Portable form of the library's schemas
-- (H2's VARCHAR sizes; PostgreSQL accepts them too); serialized_event is not indexed because a long value would break
-- PostgreSQL's B-tree row limit.
CREATE TABLE event_publication (
    id                     UUID          NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_listener_ix ON event_publication (listener_id, publication_date);
CREATE INDEX event_publication_completion_ix ON event_publication (completion_date);

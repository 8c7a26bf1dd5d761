package org.anhduong.audit;

import org.anhduong.platform.security.UserPrincipal;

import java.util.Set;
import java.util.UUID;

/** Small helpers for the audit tests: events of their own, found by a record id nobody else uses. */
public final class AuditFixtures {

    private AuditFixtures() {
    }

    public static String aUniqueRecordId() {
        return "t-" + UUID.randomUUID();
    }

    public static AuditQuery eventsOfRecord(String recordId) {
        return new AuditQuery(null, null, null, recordId, null, null, null, null, 1);
    }

    public static UserPrincipal aSignedInUser(long userId, String username) {
        return new TestUser(userId, username);
    }

    private record TestUser(long userId, String username) implements UserPrincipal {

        @Override
        public String fullName() {
            return "Test user";
        }

        @Override
        public long organisationId() {
            return 1;
        }

        @Override
        public Set<String> roles() {
            return Set.of("CASE_WORKER");
        }

        @Override
        public Set<String> localities() {
            return Set.of();
        }
    }
}

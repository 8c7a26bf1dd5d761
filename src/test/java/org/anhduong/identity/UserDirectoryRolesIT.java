package org.anhduong.identity;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Other modules ask the directory for an organisation's users with a role, e.g. case workers to assign a case to. */
@IntegrationTest
class UserDirectoryRolesIT {

    @Autowired
    TestUsers users;
    @Autowired
    UserDirectory directory;

    @Test
    void onlyActiveUsersOfTheOrganisationWithTheRoleAreListed() {
        UserAccount worker = users.aUserWithRoles(Roles.CASE_WORKER);
        UserAccount both = users.aUserInOrganisation(worker.organisationId(), Roles.CASE_WORKER, Roles.SUPERVISOR);
        users.aUserInOrganisation(worker.organisationId(), Roles.HOTLINE_COUNSELLOR);
        users.aUserWithRoles(Roles.CASE_WORKER);

        assertThat(directory.activeUsersWithRole(worker.organisationId(), Roles.CASE_WORKER))
                .extracting(UserAccount::id).containsExactlyInAnyOrder(worker.id(), both.id());
        assertThat(directory.activeUsersWithRole(worker.organisationId(), Roles.SUPERVISOR))
                .extracting(UserAccount::id).containsExactly(both.id());
    }
}

package org.anhduong.identity;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Other modules ask the directory for an organisation's users with a role, e.g. case workers to assign a case to. */
@IntegrationTest
class UserDirectoryRolesIT {

    @Autowired
    TestUsers users;
    @Autowired
    UserDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyActiveUsersOfTheOrganisationWithTheRoleAreListed() {
        UserAccount worker = users.aUserWithRoles(Roles.CASE_WORKER);
        UserAccount both = users.aUserInOrganisation(worker.organisationId(), Roles.CASE_WORKER, Roles.SUPERVISOR);
        users.aUserInOrganisation(worker.organisationId(), Roles.HOTLINE_COUNSELLOR);
        users.aUserWithRoles(Roles.CASE_WORKER);
        UserAccount gone = users.aUserInOrganisation(worker.organisationId(), Roles.CASE_WORKER);
        jdbc.sql("UPDATE users SET active = FALSE WHERE id = :id").param("id", gone.id()).update();

        assertThat(directory.activeUsersWithRole(worker.organisationId(), Roles.CASE_WORKER))
                .extracting(UserAccount::id).containsExactlyInAnyOrder(worker.id(), both.id());
        assertThat(directory.activeUsersWithRole(worker.organisationId(), Roles.SUPERVISOR))
                .extracting(UserAccount::id).containsExactly(both.id());
        assertThat(directory.activeUserNamesWithRole(worker.organisationId(), Roles.CASE_WORKER))
                .containsExactlyElementsOf(directory.activeUsersWithRole(worker.organisationId(), Roles.CASE_WORKER)
                        .stream().map(u -> new UserName(u.id(), u.fullName())).toList());
        assertThat(directory.activeUserNamesWithRole(worker.organisationId(), Roles.SUPERVISOR))
                .containsExactly(new UserName(both.id(), both.fullName()));
    }

    @Test
    void severalUsersAreFoundAtOnceWithTheirRolesAndLocalities() {
        UserAccount worker = users.aUserWithRoles(Roles.CASE_WORKER);
        UserAccount both = users.aUserInOrganisation(worker.organisationId(), Roles.CASE_WORKER, Roles.SUPERVISOR);
        jdbc.sql("INSERT INTO user_localities (user_id, locality_code) VALUES (:id, '22'), (:id, '06685')")
                .param("id", both.id()).update();

        var found = directory.findUsers(List.of(both.id(), worker.id(), both.id(), Long.MAX_VALUE));

        assertThat(found).hasSize(2);
        assertThat(found).filteredOn(u -> u.id() == both.id()).singleElement().satisfies(u -> {
            assertThat(u.roles()).containsExactly(Roles.CASE_WORKER, Roles.SUPERVISOR);
            assertThat(u.localities()).containsExactly("06685", "22");
            assertThat(u.fullName()).isEqualTo(both.fullName());
        });
        assertThat(found).filteredOn(u -> u.id() == worker.id()).singleElement().satisfies(u -> {
            assertThat(u.roles()).containsExactly(Roles.CASE_WORKER);
            assertThat(u.localities()).isEmpty();
            assertThat(u.email()).isEqualTo(worker.email());
        });
        assertThat(directory.findUsers(List.of())).isEmpty();
        assertThat(directory.findUser(both.id()).orElseThrow().localities()).containsExactly("06685", "22");
    }

    @Test
    void fullNamesAreFoundByIdForTheUsersThatExist() {
        UserAccount worker = users.aUserWithRoles(Roles.CASE_WORKER);
        UserAccount other = users.aUserWithRoles(Roles.SUPERVISOR);

        assertThat(directory.fullNames(List.of(worker.id(), other.id(), worker.id(), Long.MAX_VALUE)))
                .containsOnly(Map.entry(worker.id(), worker.fullName()), Map.entry(other.id(), other.fullName()));
        assertThat(directory.fullNames(List.of())).isEmpty();
    }
}

package org.anhduong.identity.internal;

import org.anhduong.test.AuditRows;
import org.anhduong.identity.Organisation;
import org.anhduong.identity.OrganisationKind;
import org.anhduong.identity.UserAccount;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --demo} loads the Quảng Ninh network and one user per role, once. */
@IntegrationTest
@TestPropertySource(properties = "anhduong.demo=true")
class IdentityDemoDataIT {

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoProvinceHasItsNetworkAndOneUserPerRole() {
        Map<String, Organisation> byName = organisations.list("quang ninh", false).stream()
                .collect(Collectors.toMap(Organisation::name, Function.identity(), (a, b) -> a));
        var centre = byName.get(DemoCatalogue.MARKER);
        assertThat(centre.kind()).isEqualTo(OrganisationKind.SOCIAL_WORK_CENTRE);
        assertThat(centre.phone()).isEqualTo("18001769");
        assertThat(centre.localities()).hasSize(54);
        assertThat(byName.get("Sở Y tế tỉnh Quảng Ninh").kind()).isEqualTo(OrganisationKind.STATE_AGENCY);
        assertThat(centre.parentId()).isEqualTo(byName.get("Sở Y tế tỉnh Quảng Ninh").id());
        assertThat(byName).containsKeys("Ngôi nhà Ánh Dương Quảng Ninh", "Công an tỉnh Quảng Ninh",
                "Bệnh viện Sản Nhi Quảng Ninh", "Bệnh viện Đa khoa tỉnh Quảng Ninh", "Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh");
        assertThat(organisations.list("Móng Cái 1", false)).singleElement()
                .satisfies(o -> assertThat(o.localities()).containsExactly("06712"));
        assertThat(organisations.list("Hy vọng Mới", false)).singleElement()
                .satisfies(o -> assertThat(o.kind()).isEqualTo(OrganisationKind.NGO));

        List<UserAccount> demoUsers = users.list("demo.", null);
        assertThat(demoUsers).hasSize(10).allSatisfy(u -> {
            assertThat(u.mustChangePassword()).isFalse();
            assertThat(u.roles()).hasSize(1);
        });
        assertThat(demoUsers.stream().flatMap(u -> u.roles().stream())).containsExactlyInAnyOrder(Roles.ADMINISTRATOR,
                Roles.SUPERVISOR, Roles.HOTLINE_COUNSELLOR, Roles.CASE_WORKER, Roles.CASE_WORKER, Roles.SHELTER_STAFF,
                Roles.PARTNER, Roles.PARTNER, Roles.PROGRAMME_OFFICER, Roles.VIEWER);
        // The centre's case worker works beside its supervisor and counsellor, so a hotline case can be followed through.
        assertThat(demoUsers).filteredOn(u -> u.username().equals("demo.caseworker")).singleElement()
                .satisfies(u -> assertThat(u.organisationId()).isEqualTo(centre.id()));
        AuditRows.awaitSealed(jdbc);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'user.create' AND actor_username = 'system'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aSecondRunCreatesNothing() {
        long organisationsBefore = organisations.count();
        long usersBefore = users.count();
        demoData.run(new DefaultApplicationArguments("--demo"));
        assertThat(organisations.count()).isEqualTo(organisationsBefore);
        assertThat(users.count()).isEqualTo(usersBefore);
        assertThat(organisations.list(DemoCatalogue.MARKER, false)).hasSize(1);
    }
}

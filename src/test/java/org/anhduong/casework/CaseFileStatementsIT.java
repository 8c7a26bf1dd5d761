package org.anhduong.casework;

import org.anhduong.identity.TestUsers;
import org.anhduong.identity.UserAccount;
import org.anhduong.identity.internal.AccountDetails;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.anhduong.test.StatementRecorder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.anhduong.casework.CaseworkCalls.CASES;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.anhduong.casework.CaseworkCalls.anIdNumber;
import static org.anhduong.casework.CaseworkCalls.intake111;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The SQL statements one rendering of the case file's summary takes: a fixed handful, whatever the size of the
 * organisation whose case workers fill the supervisor's assignment list. Each statement is a round trip under load, so a
 * statement per user (as the list once took) is a regression. Counts, not timings: those are in bench/casework.sh.
 */
@IntegrationTest
class CaseFileStatementsIT {

    /**
     * The case and its contacts, the client and her phones, two audit events, the companions, the team's names (users,
     * roles, localities) and the two rows of the session MockMvc starts (a browser's session is read and touched
     * instead).
     */
    static final int WORKER_AT_MOST = 12;
    /** The worker's, plus the alerts badge, the worker list's access check (case, contacts) and the list (three). */
    static final int SUPERVISOR_AT_MOST = 18;

    @Autowired
    CaseworkCalls calls;
    @Autowired
    TestUsers users;
    @Autowired
    MockMvc mvc;

    @Test
    void theSummaryTakesAFixedNumberOfStatementsWhateverTheSizeOfTheTeam() throws Exception {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        Caller supervisor = calls.aColleagueOf(worker, Roles.SUPERVISOR);
        long id = calls.opened(worker, intake111("Hoàng Thị Yến " + aWord(), aPhoneNumber(), anIdNumber()));
        assertThat(calls.patch(supervisor, CASES + "/" + id, "{\"supervisorId\": " + supervisor.id() + "}", "\"0\"")
                .status()).isEqualTo(200);
        String number = calls.get(worker, CASES + "/" + id).json().get("case").get("caseNumber").asString();

        List<String> byWorker = render(id, worker.account(), number);
        List<String> bySupervisor = render(id, supervisor.account(), number);
        List<UserAccount> newcomers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            newcomers.add(users.aUserInOrganisation(worker.organisationId(), Roles.CASE_WORKER));
        }
        List<String> bySupervisorOfALargerTeam = render(id, supervisor.account(),
                "value=\"" + newcomers.getLast().id() + "\"");

        assertThat(bySupervisorOfALargerTeam).as("with ten more case workers: %s", bySupervisorOfALargerTeam)
                .hasSameSizeAs(bySupervisor);
        assertThat(byWorker).as("%s", byWorker).hasSizeLessThanOrEqualTo(WORKER_AT_MOST);
        assertThat(bySupervisor).as("%s", bySupervisor).hasSizeLessThanOrEqualTo(SUPERVISOR_AT_MOST);
    }

    /** Renders the summary as the user and returns the statements it took; the page must show {@code expected}. */
    private List<String> render(long caseId, UserAccount user, String expected) throws Exception {
        return StatementRecorder.statements(() -> mvc.perform(get("/cases/" + caseId).with(signedIn(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(expected))));
    }

    private static RequestPostProcessor signedIn(UserAccount user) {
        var details = AccountDetails.of(user, Instant.now());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}

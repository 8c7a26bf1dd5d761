package org.anhduong.hotline;

import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.anhduong.test.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The live-call draft: kept on the server, encrypted, one per counsellor or supervisor and only their own. */
@IntegrationTest
class ContactDraftIT {

    static final String DRAFT = "/api/v1/hotline/draft";

    @Autowired
    HotlineCalls calls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Hotline hotline;

    Caller counsellor;

    @BeforeEach
    void setUp() {
        counsellor = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
    }

    @Test
    void aDraftSurvivesUntilDiscardedAndIsStoredEncrypted() {
        assertThat(calls.get(counsellor, DRAFT).status()).isEqualTo(204);

        var saved = calls.put(counsellor, DRAFT, "{\"callerPhone\": \"0912 000 111\", \"summary\": \"đang nghe\"}", null);
        var replaced = calls.put(counsellor, DRAFT, "{\"callerPhone\": \"0912 000 222\", \"summary\": \"đang nghe\"}", null);
        var read = calls.get(counsellor, DRAFT);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(read.json().get("payload").get("callerPhone").asString()).isEqualTo("0912 000 222");
        String stored = jdbc.sql("SELECT payload_enc FROM hotline_drafts WHERE user_id = :user")
                .param("user", counsellor.account().id()).query(String.class).single();
        assertThat(stored).startsWith("v1.").doesNotContain("0912").doesNotContain("đang nghe");

        var discard = calls.delete(counsellor, DRAFT);
        assertThat(discard.status()).isEqualTo(204);
        assertThat(calls.get(counsellor, DRAFT).status()).isEqualTo(204);
    }

    @Test
    void eachCounsellorHasTheirOwnDraft() {
        Caller colleague = calls.aColleagueOf(counsellor, Roles.HOTLINE_COUNSELLOR);
        calls.put(counsellor, DRAFT, "{\"summary\": \"của tôi\"}", null);

        assertThat(calls.get(colleague, DRAFT).status()).isEqualTo(204);
    }

    @Test
    void nobodyReadsAnotherPersonsDraftThroughTheFacade() {
        calls.put(counsellor, DRAFT, "{\"summary\": \"của tôi\"}", null);
        Caller colleague = calls.aColleagueOf(counsellor, Roles.HOTLINE_COUNSELLOR);
        SignedIn.as(colleague.account());
        try {
            assertThatThrownBy(() -> hotline.draft(counsellor.account().id())).isInstanceOf(ForbiddenException.class);
        } finally {
            SignedIn.signOut();
        }
    }

    @Test
    void supervisorsKeepDraftsTooButCaseWorkersDoNot() {
        Caller supervisor = calls.aColleagueOf(counsellor, Roles.SUPERVISOR);
        Caller caseWorker = calls.aColleagueOf(counsellor, Roles.CASE_WORKER);

        assertThat(calls.put(supervisor, DRAFT, "{\"summary\": \"giám sát\"}", null).status()).isEqualTo(200);
        assertThat(calls.get(supervisor, DRAFT).json().get("payload").get("summary").asString()).isEqualTo("giám sát");
        assertThat(calls.put(caseWorker, DRAFT, "{}", null).status()).isEqualTo(403);
    }
}

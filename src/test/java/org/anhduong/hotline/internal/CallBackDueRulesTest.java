package org.anhduong.hotline.internal;

import org.anhduong.hotline.ContactDraft;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.Outcome;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A scheduled call-back's due time: kept to the microsecond, and never beside "do not call back". */
class CallBackDueRulesTest {

    static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

    static ContactRules.Facts facts() {
        return new ContactRules.Facts(NOW, TestCategories.tree(), line -> true, code -> true);
    }

    static ContactDraft.Builder scheduled() {
        return ContactDraft.of(ContactType.ABOUT_SELF).categories(List.of("DV_PHYSICAL"))
                .outcome(Outcome.CALL_BACK_SCHEDULED);
    }

    @Test
    void aDueTimeIsKeptToTheMicrosecond() {
        Instant due = Instant.parse("2026-03-03T02:30:00.123456789Z");

        var valid = ContactRules.check(scheduled().callBackDue(due).build(), null, facts());

        assertThat(valid.details().callBackDue()).isEqualTo(Instant.parse("2026-03-03T02:30:00.123456Z"));
    }

    @Test
    void doNotCallBackExcludesADueTime() {
        var draft = scheduled().doNotCallBack(true).callBackDue(NOW.plusSeconds(3600)).build();

        assertThatThrownBy(() -> ContactRules.check(draft, null, facts()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("callBackDue", "hotline.callBack.doNotCallBack")));
    }
}

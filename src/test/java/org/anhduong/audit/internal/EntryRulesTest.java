package org.anhduong.audit.internal;

import org.anhduong.audit.AuditEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EntryRulesTest {

    @Test
    void acceptsCodeLikeNamesAndShortIds() {
        assertThatCode(() -> EntryRules.check(AuditEntry.success("case.open", "case", 42))).doesNotThrowAnyException();
        assertThatCode(() -> EntryRules.check(AuditEntry.success("login.failure", "user", null).by(null, "lan.nguyen")))
                .doesNotThrowAnyException();
        assertThatCode(() -> EntryRules.check(AuditEntry.success("referral.share_consented", "referral-v2",
                "0b9e6a52-4c1f-4d4e-9a55-3f0f5d8e2c11"))).doesNotThrowAnyException();
    }

    @Test
    void refusesFreeTextInActionsAndRecordTypes() {
        assertThatIllegalArgumentException().isThrownBy(() -> EntryRules.check(AuditEntry.success("Case.open", "case", 1)));
        assertThatIllegalArgumentException().isThrownBy(() -> EntryRules.check(AuditEntry.success("case open", "case", 1)));
        assertThatIllegalArgumentException().isThrownBy(() -> EntryRules.check(AuditEntry.success("x", "case", 1)));
        assertThatIllegalArgumentException().isThrownBy(() -> EntryRules.check(AuditEntry.success("case.open", "hồ_sơ", 1)));
        assertThatIllegalArgumentException().isThrownBy(() ->
                EntryRules.check(AuditEntry.success("case.open", "c" + "x".repeat(64), 1)));
    }

    @Test
    void refusesLongOrSpacedRecordIdsAndUsernames() {
        assertThatIllegalArgumentException().isThrownBy(() -> EntryRules.check(AuditEntry.success("case.open", "case", "Trần Văn B")));
        assertThatIllegalArgumentException().isThrownBy(() -> EntryRules.check(AuditEntry.success("case.open", "case", "a\tb")));
        assertThatIllegalArgumentException().isThrownBy(() -> EntryRules.check(AuditEntry.success("case.open", "case", "a\u00a0b")));
        assertThatIllegalArgumentException().isThrownBy(() -> EntryRules.check(AuditEntry.success("case.open", "case", "")));
        assertThatIllegalArgumentException().isThrownBy(() ->
                EntryRules.check(AuditEntry.success("case.open", "case", "1".repeat(65))));
        assertThatIllegalArgumentException().isThrownBy(() ->
                EntryRules.check(AuditEntry.success("login.failure", "user", null).by(null, "my password is secret")));
    }

    @Test
    void theMessageNeverRepeatsTheValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EntryRules.check(AuditEntry.success("case.open", "case", "Nguyễn Thị Lan")))
                .withMessageNotContaining("Nguyễn");
    }
}

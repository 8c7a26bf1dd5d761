package org.anhduong.hotline.internal;

import org.anhduong.hotline.Channel;
import org.anhduong.hotline.ContactDraft;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.Direction;
import org.anhduong.hotline.Outcome;
import org.anhduong.hotline.Relation;
import org.anhduong.hotline.Sex;
import org.anhduong.hotline.Urgency;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ContactRulesTest {

    static final Instant NOW = Instant.parse("2026-03-02T06:00:00.123456789Z");

    @Test
    void aSilentCallNeedsNothingButItsTypeAndGetsTheDefaults() {
        ValidContact valid = check(ContactDraft.of(ContactType.SILENT).build());

        ContactDraft d = valid.details();
        assertThat(d.channel()).isEqualTo(Channel.PHONE);
        assertThat(d.direction()).isEqualTo(Direction.INCOMING);
        assertThat(d.receivedAt()).isEqualTo(Instant.parse("2026-03-02T06:00:00.123456Z"));
        assertThat(d.urgency()).isEqualTo(Urgency.ROUTINE);
        assertThat(d.categories()).isEmpty();
        assertThat(d.services()).isEmpty();
        assertThat(d.doNotCallBack()).isFalse();
        assertThat(d.callerPhoneWithheld()).isFalse();
        assertThat(valid.gbvRelated()).isFalse();
    }

    @Test
    void theTypeIsRequired() {
        assertThat(problems(ContactDraft.builder().build())).extracting(FieldProblem::field).containsExactly("type");
    }

    @ParameterizedTest
    @EnumSource(value = ContactType.class, names = {"ABOUT_SELF", "ABOUT_OTHER"})
    void dataContactsNeedCategoriesAndAnOutcome(ContactType type) {
        assertThat(problems(ContactDraft.of(type).build())).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("categories", "outcome");
    }

    @ParameterizedTest
    @EnumSource(value = ContactType.class, mode = EnumSource.Mode.EXCLUDE, names = {"ABOUT_SELF", "ABOUT_OTHER"})
    void nonDataContactsNeedNoCategoriesButCannotAskForACase(ContactType type) {
        assertThat(check(ContactDraft.of(type).build()).details().type()).isEqualTo(type);
        assertThat(problems(ContactDraft.of(type).caseRequested(true).build())).extracting(FieldProblem::field)
                .containsExactly("caseRequested");
    }

    @Test
    void phoneNumbersAreStoredInE164WhateverTheSpelling() {
        for (String spelling : List.of("0912 345 678", "+84 912-345-678", "84912345678", "(091) 234.5678")) {
            assertThat(check(ContactDraft.of(ContactType.HANG_UP).callerPhone(spelling).build()).details().callerPhone())
                    .isEqualTo("+84912345678");
        }
    }

    @Test
    void anInvalidNumberIsAProblemOnCallerPhone() {
        for (String bad : List.of("12ab", "111", "1800 1769", "0912", "x".repeat(50))) {
            assertThat(problems(ContactDraft.of(ContactType.HANG_UP).callerPhone(bad).build()))
                    .extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple("callerPhone", "hotline.phone.invalid"));
        }
    }

    @Test
    void aWithheldNumberHasNoNumber() {
        assertThat(check(ContactDraft.of(ContactType.SILENT).callerPhoneWithheld(true).callerPhone(" ").build())
                .details().callerPhone()).isNull();
        assertThat(problems(ContactDraft.of(ContactType.SILENT).callerPhoneWithheld(true).callerPhone("0912345678").build()))
                .extracting(FieldProblem::field).containsExactly("callerPhone");
    }

    @Test
    void gbvRelatedIsDerivedFromTheCategories() {
        ValidContact gbv = check(aboutSelf().categories("LEGAL_QUESTIONS", "DV_PHYSICAL").build());
        ValidContact legal = check(aboutSelf().categories("LEGAL_QUESTIONS").build());
        ValidContact suicidal = check(aboutSelf().categories("MENTAL_HEALTH_SUICIDAL").build());

        assertThat(gbv.gbvRelated()).isTrue();
        assertThat(legal.gbvRelated()).isFalse();
        assertThat(suicidal.selfHarm()).isTrue();
        assertThat(suicidal.gbvRelated()).isFalse();
    }

    @Test
    void unknownRetiredAndTooManyCategoriesAreRefused() {
        assertThat(problems(aboutSelf().categories("NO_SUCH_CODE").build())).extracting(FieldProblem::messageKey)
                .containsExactly("hotline.category.unknown");
        assertThat(problems(aboutSelf().categories("RETIRED").build())).extracting(FieldProblem::messageKey)
                .containsExactly("hotline.category.unknown");
        assertThat(check(aboutSelf().categories("GBV", " GBV", "GBV_RAPE").build()).details().categories())
                .containsExactly("GBV", "GBV_RAPE");
    }

    @Test
    void aRetiredCategoryTheContactAlreadyHadCanStay() {
        ContactDraft previous = aboutSelf().categories("RETIRED").build();
        ValidContact kept = ContactRules.check(previous.toBuilder().summary("thêm ghi chú").build(), previous, facts());
        assertThat(kept.details().categories()).containsExactly("RETIRED");
    }

    @Test
    void timesMustFollowEachOther() {
        var draft = ContactDraft.of(ContactType.HANG_UP).receivedAt(NOW).answeredAt(NOW.minusSeconds(1))
                .endedAt(NOW.minusSeconds(5)).build();
        assertThat(problems(draft)).extracting(FieldProblem::field).containsExactlyInAnyOrder("answeredAt", "endedAt");
        assertThat(problems(ContactDraft.of(ContactType.SILENT).receivedAt(NOW.plus(Duration.ofHours(1))).build()))
                .extracting(FieldProblem::field).containsExactly("receivedAt");
        assertThat(problems(ContactDraft.of(ContactType.MISSED).receivedAt(NOW).answeredAt(NOW).build()))
                .extracting(FieldProblem::messageKey).containsExactly("hotline.missed.answered");
    }

    @Test
    void theTalkTimeRunsFromAnswerToEnd() {
        var draft = aboutSelf().receivedAt(NOW.minusSeconds(600)).answeredAt(NOW.minusSeconds(590)).endedAt(NOW).build();
        assertThat(check(draft).details().talkTime()).isEqualTo(Duration.ofSeconds(590));
    }

    @Test
    void relationsMustFitTheContactType() {
        assertThat(check(aboutSelf().build()).details().callerRelation()).isEqualTo(Relation.SELF);
        assertThat(problems(aboutSelf().callerRelation(Relation.NEIGHBOUR).build())).extracting(FieldProblem::field)
                .containsExactly("callerRelation");
        assertThat(problems(aboutSelf().concernedSex(Sex.FEMALE).build())).extracting(FieldProblem::field)
                .containsExactly("concernedSex");
        var aboutOther = aboutSelf().type(ContactType.ABOUT_OTHER);
        assertThat(problems(aboutOther.callerRelation(Relation.SELF).build())).extracting(FieldProblem::field)
                .containsExactly("callerRelation");
    }

    @Test
    void doNotCallBackExcludesACallBackWindow() {
        var draft = aboutSelf().doNotCallBack(true).callBackFrom(LocalTime.of(9, 0)).build();
        assertThat(problems(draft)).extracting(FieldProblem::field).containsExactly("callBackFrom");
        var window = check(aboutSelf().callBackFrom(LocalTime.of(21, 30, 15)).callBackTo(LocalTime.of(6, 0)).build());
        assertThat(window.details().callBackFrom()).isEqualTo(LocalTime.of(21, 30));
    }

    @Test
    void linesAndCommunesMustExistUnlessTheContactAlreadyHadThem() {
        assertThat(problems(aboutSelf().lineId(2L).localityCode("99999").build())).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("lineId", "localityCode");
        assertThat(check(aboutSelf().lineId(1L).localityCode("22").build()).details().lineId()).isEqualTo(1L);
        ContactDraft old = aboutSelf().lineId(2L).localityCode("99999").build();
        assertThat(ContactRules.check(old, old, facts()).details().lineId()).isEqualTo(2L);
    }

    @Test
    void textsAreTrimmedAndTooLongOnesRefused() {
        var valid = check(aboutSelf().callerName("  Chị Lan ").summary(" ").build());
        assertThat(valid.details().callerName()).isEqualTo("Chị Lan");
        assertThat(valid.details().summary()).isNull();
        FieldProblem tooLong = problems(aboutSelf().summary("x".repeat(ContactRules.MAX_SUMMARY + 1)).build()).getFirst();
        assertThat(tooLong.field()).isEqualTo("summary");
        assertThat(tooLong.args()).containsExactly(ContactRules.MAX_SUMMARY);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var draft = ContactDraft.of(ContactType.ABOUT_OTHER).callerPhone("12ab").callerRelation(Relation.SELF)
                .categories("NO_SUCH_CODE").lineId(9L).build();
        assertThat(problems(draft)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("callerPhone", "callerRelation", "categories", "outcome", "lineId");
    }

    private static ContactDraft.Builder aboutSelf() {
        return ContactDraft.of(ContactType.ABOUT_SELF).categories("LEGAL_QUESTIONS").outcome(Outcome.RESOLVED);
    }

    private static ValidContact check(ContactDraft draft) {
        return ContactRules.check(draft, null, facts());
    }

    private static List<FieldProblem> problems(ContactDraft draft) {
        var thrown = assertThatThrownBy(() -> check(draft)).isInstanceOf(InvalidInputException.class).actual();
        return ((InvalidInputException) thrown).problems();
    }

    private static ContactRules.Facts facts() {
        return new ContactRules.Facts(NOW, TestCategories.tree(), lineId -> lineId == 1L, "22"::equals);
    }
}

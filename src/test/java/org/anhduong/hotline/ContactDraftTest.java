package org.anhduong.hotline;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ContactDraftTest {

    @Test
    void aDraftNeverPrintsItsPersonalDetails() {
        ContactDraft draft = ContactDraft.of(ContactType.ABOUT_SELF).callerName("Lê Thị Hoa").callerPhone("0912345678")
                .summary("Bị chồng đánh").build();

        assertThat(draft.toString()).doesNotContain("Hoa").doesNotContain("Bị chồng").doesNotContain("0912345678");
    }

    @Test
    void servicesKeepTheirEnumOrderAndCollectionsAreCopies() {
        var categories = new java.util.ArrayList<>(List.of("GBV"));
        ContactDraft draft = ContactDraft.of(ContactType.SILENT).categories(categories)
                .services(Set.of(ServiceGiven.REFERRAL, ServiceGiven.INFORMATION)).build();
        categories.add("OTHER");

        assertThat(draft.services()).containsExactly(ServiceGiven.INFORMATION, ServiceGiven.REFERRAL);
        assertThat(draft.categories()).containsExactly("GBV");
    }

    @Test
    void theBuilderCopiesEveryDetail() {
        Instant at = Instant.parse("2026-03-02T13:05:00Z");
        ContactDraft draft = ContactDraft.of(ContactType.ABOUT_OTHER).callerRelation(Relation.NEIGHBOUR)
                .concernedSex(Sex.FEMALE).concernedAgeGroup(AgeGroup.AGE_12_15).answeredAt(at).endedAt(at.plusSeconds(90))
                .build();

        assertThat(draft.toBuilder().build()).isEqualTo(draft);
        assertThat(draft.talkTime()).isEqualTo(Duration.ofSeconds(90));
        assertThat(draft.concernedAgeGroup().childUnderVietnameseLaw()).isTrue();
        assertThat(AgeGroup.AGE_16_17.childUnderVietnameseLaw()).isFalse();
        assertThat(AgeGroup.AGE_16_17.under18()).isTrue();
    }
}

package org.anhduong.hotline.internal;

import org.anhduong.hotline.ContactDraft;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.ServiceGiven;
import org.anhduong.platform.crypto.BlindIndex;
import org.anhduong.platform.crypto.KeyGenerator;
import org.anhduong.platform.crypto.KeyRing;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintsTest {

    private final BlindIndex index = new BlindIndex(KeyRing.parse(List.of(KeyGenerator.newEncryptionKeyEntry()), KeyGenerator.newKey()));

    @Test
    void theSameDetailsGiveTheSameFingerprintWhateverTheOrderOfSets() {
        var first = ContactDraft.of(ContactType.ABOUT_SELF).categories("GBV", "DV_PHYSICAL")
                .services(new LinkedHashSet<>(List.of(ServiceGiven.REFERRAL, ServiceGiven.INFORMATION)))
                .callerPhone("0912345678").build();
        var second = ContactDraft.of(ContactType.ABOUT_SELF).categories("DV_PHYSICAL", "GBV")
                .services(Set.of(ServiceGiven.INFORMATION, ServiceGiven.REFERRAL))
                .callerPhone("0912345678").build();

        assertThat(Fingerprints.of(first, index)).isEqualTo(Fingerprints.of(second, index));
    }

    @Test
    void anyOtherDetailGivesAnotherFingerprint() {
        var draft = ContactDraft.of(ContactType.ABOUT_SELF).summary("Ghi chú").build();
        assertThat(Fingerprints.of(draft, index))
                .isNotEqualTo(Fingerprints.of(draft.toBuilder().summary("Ghi chú khác").build(), index))
                .isNotEqualTo(Fingerprints.of(draft.toBuilder().doNotCallBack(true).build(), index))
                .hasSize(64);
    }

    @Test
    void theFingerprintDoesNotContainTheNumber() {
        var draft = ContactDraft.of(ContactType.HANG_UP).callerPhone("0912345678").build();
        assertThat(Fingerprints.of(draft, index)).doesNotContain("912345678");
    }
}

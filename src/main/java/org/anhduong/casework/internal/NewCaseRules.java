package org.anhduong.casework.internal;

import org.anhduong.casework.CaseSource;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.ClientDetails;
import org.anhduong.casework.CompanionDetails;
import org.anhduong.casework.NewCase;
import org.anhduong.casework.Priority;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** Checks a case to open, its client and its companions, and reports every problem at once. */
final class NewCaseRules {

    static final int REFERENCE_MAX = 100;
    static final int COMPANIONS_MAX = 20;
    static final int CONTACTS_MAX = 10;

    private NewCaseRules() {
    }

    /** A checked companion and its parsed date of birth. */
    record ValidCompanion(CompanionDetails details, @Nullable PartialDate birth) {
    }

    /** A checked new case. */
    record ValidCase(CaseType type, CaseSource source, @Nullable String referringReference, Priority priority,
                     @Nullable String communeCode, List<Long> contactIds, ValidClient client,
                     List<ValidCompanion> companions) {
    }

    static ValidCase check(NewCase draft, LocalDate today, Predicate<String> commune) {
        var checks = new FieldChecks();
        CaseType type = checks.required("type", draft.type());
        CaseSource source = checks.required("source", draft.source());
        String reference = checks.text("referringReference", draft.referringReference(), REFERENCE_MAX);
        String communeCode = draft.communeCode() == null || draft.communeCode().isBlank() ? null : draft.communeCode().strip();
        if (communeCode != null && !commune.test(communeCode)) {
            checks.add("communeCode", "casework.commune.unknown");
        }
        List<Long> contacts = draft.contactIds() == null ? List.of() : draft.contactIds().stream().distinct().toList();
        if (contacts.size() > CONTACTS_MAX) {
            checks.add("contactIds", "casework.contacts.tooMany", CONTACTS_MAX);
        }
        if (draft.clientId() != null && draft.client() != null) {
            checks.add("client", "casework.client.notWithExisting");
        }
        ClientDetails details = Objects.requireNonNullElseGet(draft.client(),
                () -> ClientDetails.of(null, null, null, null));
        ValidClient client = ClientRules.check(details, "client.", today, commune, checks);
        List<ValidCompanion> companions = companions(draft.companions(), today, checks);
        checks.throwIfAny();
        return new ValidCase(Objects.requireNonNull(type), Objects.requireNonNull(source), reference,
                Objects.requireNonNullElse(draft.priority(), Priority.MEDIUM),
                communeCode != null ? communeCode : client.details().communeCode(), contacts, client, companions);
    }

    private static List<ValidCompanion> companions(@Nullable List<CompanionDetails> given, LocalDate today,
                                                   FieldChecks checks) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > COMPANIONS_MAX) {
            checks.add("companions", "casework.companions.tooMany", COMPANIONS_MAX);
        }
        List<ValidCompanion> valid = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            valid.add(companion(given.get(i), "companions[" + i + "].", today, checks));
        }
        return valid;
    }

    static ValidCompanion companion(CompanionDetails c, String prefix, LocalDate today, FieldChecks checks) {
        checks.required(prefix + "relation", c.relation());
        PartialDate birth = ClientRules.birthDate(prefix + "dateOfBirth", c.dateOfBirth(), today, checks);
        String name = checks.text(prefix + "name", c.name(), ClientRules.NAME_MAX);
        return new ValidCompanion(new CompanionDetails(c.relation(), Objects.requireNonNullElse(c.sex(), Sex.UNKNOWN),
                birth == null ? null : birth.iso(), name), birth);
    }
}

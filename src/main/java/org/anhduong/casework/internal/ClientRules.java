package org.anhduong.casework.internal;

import org.anhduong.casework.ClientDetails;
import org.anhduong.casework.Disability;
import org.anhduong.casework.Ethnicities;
import org.anhduong.casework.MaritalStatus;
import org.anhduong.casework.Occupation;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.text.CitizenIds;
import org.anhduong.platform.text.PhoneNumbers;
import org.anhduong.platform.text.VietnameseText;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Checks and normalises a client's details (see {@link ClientDetails}); problems go to the caller's collector. */
final class ClientRules {

    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 500;
    static final int PHONES_MAX = 5;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private ClientRules() {
    }

    /**
     * @param prefix  the fields' prefix in the caller's document, e.g. {@code "client."}, or ""
     * @param commune whether a commune code names a unit valid today
     */
    static ValidClient check(ClientDetails d, String prefix, LocalDate today, Predicate<String> commune,
                             FieldChecks checks) {
        String fullName = checks.text(prefix + "fullName", d.fullName(), NAME_MAX);
        String otherNames = checks.text(prefix + "otherNames", d.otherNames(), NAME_MAX);
        PartialDate birth = birthDate(prefix + "dateOfBirth", d.dateOfBirth(), today, checks);
        String idNumber = idNumber(prefix + "idNumber", d.idNumber(), checks);
        List<String> phones = phones(prefix + "phones", d.phones(), checks);
        String address = checks.text(prefix + "address", d.address(), ADDRESS_MAX);
        String ethnicity = d.ethnicity() == null || d.ethnicity().isBlank() ? Ethnicities.UNKNOWN : d.ethnicity().strip();
        if (!Ethnicities.isValid(ethnicity)) {
            checks.add(prefix + "ethnicity", "validation.format");
        }
        String nationality = d.nationality() == null || d.nationality().isBlank() ? "VN"
                : d.nationality().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(nationality)) {
            checks.add(prefix + "nationality", "casework.nationality.invalid");
        }
        Disability disability = Objects.requireNonNullElse(d.disability(), Disability.UNKNOWN);
        if (d.disabilityKind() != null && disability != Disability.YES) {
            checks.add(prefix + "disabilityKind", "casework.disabilityKind.withoutDisability");
        }
        String communeCode = d.communeCode() == null || d.communeCode().isBlank() ? null : d.communeCode().strip();
        if (communeCode != null && !commune.test(communeCode)) {
            checks.add(prefix + "communeCode", "casework.commune.unknown");
        }
        AgeGroup ageGroup = birth == null ? Objects.requireNonNullElse(d.ageGroup(), AgeGroup.UNKNOWN)
                : ageGroupOf(birth.youngestAgeOn(today));
        var details = new ClientDetails(fullName, otherNames, Objects.requireNonNullElse(d.sex(), Sex.UNKNOWN),
                birth == null ? null : birth.iso(), ageGroup, idNumber, phones, address, ethnicity, nationality,
                disability, d.disabilityKind(), communeCode,
                Objects.requireNonNullElse(d.maritalStatus(), MaritalStatus.UNKNOWN),
                Objects.requireNonNullElse(d.occupation(), Occupation.UNKNOWN));
        return new ValidClient(details, birth, fullName == null ? null : VietnameseText.fold(fullName),
                tokens(fullName, otherNames));
    }

    /** The band of an age in completed years, on the same legal lines as the hotline's bands. */
    static AgeGroup ageGroupOf(int age) {
        if (age < 6) {
            return AgeGroup.AGE_0_5;
        }
        if (age < 12) {
            return AgeGroup.AGE_6_11;
        }
        if (age < 16) {
            return AgeGroup.AGE_12_15;
        }
        if (age < 18) {
            return AgeGroup.AGE_16_17;
        }
        if (age < 25) {
            return AgeGroup.AGE_18_24;
        }
        return age < 60 ? AgeGroup.AGE_25_59 : AgeGroup.AGE_60_PLUS;
    }

    static @Nullable PartialDate birthDate(String field, @Nullable String text, LocalDate today, FieldChecks checks) {
        try {
            PartialDate date = PartialDate.parseOrNull(text);
            if (date != null && date.earliest().isAfter(today)) {
                checks.add(field, "casework.date.future");
            }
            return date;
        } catch (DateTimeException e) {
            checks.add(field, "casework.date.invalid");
            return null;
        }
    }

    private static @Nullable String idNumber(String field, @Nullable String typed, FieldChecks checks) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!CitizenIds.isValid(typed)) {
            checks.add(field, "casework.idNumber.invalid");
            return null;
        }
        return CitizenIds.normalise(typed);
    }

    private static List<String> phones(String field, @Nullable List<String> typed, FieldChecks checks) {
        if (typed == null) {
            return List.of();
        }
        if (typed.size() > PHONES_MAX) {
            checks.add(field, "casework.phones.tooMany", PHONES_MAX);
        }
        Set<String> phones = new LinkedHashSet<>();
        for (int i = 0; i < typed.size(); i++) {
            String phone = typed.get(i);
            if (phone == null || phone.isBlank()) {
                continue;
            }
            int index = i;
            PhoneNumbers.normalise(phone).ifPresentOrElse(phones::add,
                    () -> checks.add(field + "[" + index + "]", "casework.phone.invalid"));
        }
        return new ArrayList<>(phones);
    }

    /** Every distinct folded word of the names, for the per-token blind index. */
    static List<String> tokens(@Nullable String fullName, @Nullable String otherNames) {
        return Stream.of(fullName, otherNames).filter(Objects::nonNull)
                .flatMap(name -> VietnameseText.tokens(name).stream()).distinct().toList();
    }
}

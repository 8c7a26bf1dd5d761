package org.anhduong.casework;

import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A client as a case worker gives her details, and, inside a stored {@link Client}, as they were kept after checking
 * (phones in E.164, căn cước without spaces, texts in NFC, defaults filled in). Every problem is reported at once on
 * these field names ({@code phones[1]} for the second phone).
 *
 * <p>Defaults: sex, ethnicity, disability, marital status and occupation UNKNOWN; nationality {@code VN}; age group
 * derived from the date of birth when one is given.
 *
 * @param fullName    family, middle and given names in that order, one field; optional because an intake may not know
 *                    it yet; encrypted
 * @param otherNames  names she is also known by; encrypted
 * @param dateOfBirth a year ({@code 1990}), month ({@code 1990-05} or {@code 05/1990}) or day
 *                    ({@code 1990-05-17} or {@code 17/05/1990}); encrypted, its year kept plain for duplicate checks
 * @param ageGroup    when the date of birth is not known, the age band someone estimated
 * @param idNumber    căn cước (12 digits); encrypted, found through a blind index
 * @param phones      any spelling of each number; encrypted, found through blind indexes
 * @param address     as she gives it; encrypted
 * @param ethnicity   a code of {@link Ethnicities}
 * @param nationality an ISO 3166 alpha-2 code
 * @param communeCode the commune (administrative unit code valid today) where she lives now
 */
public record ClientDetails(
        @Nullable String fullName,
        @Nullable String otherNames,
        @Nullable Sex sex,
        @Nullable String dateOfBirth,
        @Nullable AgeGroup ageGroup,
        @Nullable String idNumber,
        @Nullable List<String> phones,
        @Nullable String address,
        @Nullable String ethnicity,
        @Nullable String nationality,
        @Nullable Disability disability,
        @Nullable DisabilityKind disabilityKind,
        @Nullable String communeCode,
        @Nullable MaritalStatus maritalStatus,
        @Nullable Occupation occupation) {

    public ClientDetails {
        phones = phones == null ? null : List.copyOf(phones);
    }

    /** Only what a hotline contact can tell: sex, age group, phone and commune. */
    public static ClientDetails of(@Nullable Sex sex, @Nullable AgeGroup ageGroup, @Nullable String phone,
                                   @Nullable String communeCode) {
        return new ClientDetails(null, null, sex, null, ageGroup, null, phone == null ? List.of() : List.of(phone),
                null, null, null, null, null, communeCode, null, null);
    }

    /** The same details with another full name, e.g. to keep a stored name the caller did not send back. */
    public ClientDetails withFullName(@Nullable String name) {
        return new ClientDetails(name, otherNames, sex, dateOfBirth, ageGroup, idNumber, phones, address, ethnicity,
                nationality, disability, disabilityKind, communeCode, maritalStatus, occupation);
    }

    /** The same details with other names replaced. */
    public ClientDetails withOtherNames(@Nullable String names) {
        return new ClientDetails(fullName, names, sex, dateOfBirth, ageGroup, idNumber, phones, address, ethnicity,
                nationality, disability, disabilityKind, communeCode, maritalStatus, occupation);
    }

    /** Never prints the personal fields. */
    @Override
    public String toString() {
        return "ClientDetails[sex=" + sex + ", ageGroup=" + ageGroup + "]";
    }
}

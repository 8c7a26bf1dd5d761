package org.anhduong.casework.web;

import org.anhduong.casework.Client;
import org.anhduong.casework.ClientDetails;
import org.anhduong.platform.text.PhoneNumbers;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The "edit the client" form as posted, with the client's version as read. The names are never filled in from the
 * stored ones (they stay hidden until revealed, and a form would show them to anyone looking at the screen): a name left
 * empty keeps the stored one. {@code removeNames} ("true" from its checkbox) removes the stored names instead.
 */
public record ClientForm(@Nullable Integer version, @Nullable String fullName, @Nullable String otherNames,
                         @Nullable String sex, @Nullable String dateOfBirth, @Nullable String ageGroup,
                         @Nullable String idNumber, @Nullable List<String> phones, @Nullable String address,
                         @Nullable String ethnicity, @Nullable String nationality, @Nullable String disability,
                         @Nullable String disabilityKind, @Nullable String communeCode, @Nullable String maritalStatus,
                         @Nullable String occupation, @Nullable String removeNames) {

    /** Phone inputs shown at least, and blank ones offered after those given. */
    static final int MIN_PHONE_ROWS = 2;

    public ClientForm {
        phones = phones == null ? List.of() : phones.stream().map(p -> Objects.requireNonNullElse(p, "")).toList();
    }

    /** The stored client as the form shows her, names left empty. */
    static ClientForm of(Client client) {
        ClientDetails d = client.details();
        String born = d.dateOfBirth() == null ? null : PartialDate.parse(d.dateOfBirth()).shown();
        return new ClientForm(client.version(), null, null, name(d.sex()), born, name(d.ageGroup()),
                d.idNumber(), d.phones() == null ? null : d.phones().stream().map(PhoneNumbers::display).toList(), d.address(), d.ethnicity(), d.nationality(), name(d.disability()),
                name(d.disabilityKind()), d.communeCode(), name(d.maritalStatus()), name(d.occupation()), null);
    }

    /** The phone inputs: those given, then one blank, at least {@link #MIN_PHONE_ROWS}. */
    public List<String> phoneRows() {
        List<String> rows = new ArrayList<>(Objects.requireNonNull(phones).stream().filter(p -> !p.isBlank()).toList());
        rows.add("");
        while (rows.size() < MIN_PHONE_ROWS) {
            rows.add("");
        }
        return rows;
    }

    /** The phones typed, blanks left out. */
    List<String> typedPhones() {
        return Objects.requireNonNull(phones).stream().filter(p -> !p.isBlank()).toList();
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Never prints the personal fields. */
    @Override
    public String toString() {
        return "ClientForm[version=" + version + "]";
    }
}

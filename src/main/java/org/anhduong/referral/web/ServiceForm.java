package org.anhduong.referral.web;

import org.anhduong.referral.Eligibility;
import org.anhduong.referral.PublicField;
import org.anhduong.referral.ServiceDetails;
import org.anhduong.referral.ServiceOffer;
import org.anhduong.referral.ServiceType;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The service form as posted: communes and languages as comma-separated text, choices as their names. */
public record ServiceForm(@Nullable Integer version, @Nullable String organisationId, @Nullable String name,
                          @Nullable String serviceType, @Nullable Boolean provinceWide, @Nullable String communes,
                          @Nullable Boolean open24h, @Nullable String openingHours, @Nullable String contactPhone,
                          @Nullable String contactEmail, @Nullable String contactPerson, @Nullable String languages,
                          @Nullable List<String> eligibility, @Nullable String capacityNotes,
                          @Nullable List<String> publicFields, @Nullable Boolean active) {

    static ServiceForm empty() {
        return new ServiceForm(0, null, null, null, false, null, false, null, null, null, null, "vi",
                List.of(Eligibility.ALL.name()), null, List.of(), true);
    }

    static ServiceForm of(ServiceOffer s) {
        return new ServiceForm(s.version(), String.valueOf(s.organisationId()), s.name(), s.serviceType().name(),
                s.provinceWide(), String.join(", ", s.communeCodes()), s.open24h(), s.openingHours(),
                s.contactPhone(), s.contactEmail(), s.contactPerson(), String.join(", ", s.languages()),
                s.eligibility().stream().map(Enum::name).toList(), s.capacityNotes(),
                s.publicFields().stream().map(Enum::name).toList(), s.active());
    }

    ServiceDetails details() {
        Long organisation = null;
        try {
            organisation = organisationId == null || organisationId.isBlank() ? null : Long.parseLong(organisationId);
        } catch (NumberFormatException ignored) {
            // an id that is no number names no organisation: reported as unknown below
            organisation = -1L;
        }
        return new ServiceDetails(organisation, name, enumOf(ServiceType.class, serviceType), provinceWide,
                split(communes), open24h, openingHours, contactPhone, contactEmail, contactPerson, split(languages),
                enums(Eligibility.class, eligibility), capacityNotes, enums(PublicField.class, publicFields),
                Boolean.TRUE.equals(active));
    }

    public String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    public boolean has(@Nullable List<String> values, String value) {
        return values != null && values.contains(value);
    }

    public boolean checked(@Nullable Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static List<String> split(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, @Nullable List<String> names) {
        var set = EnumSet.noneOf(type);
        if (names != null) {
            names.forEach(n -> {
                E value = enumOf(type, n);
                if (value != null) {
                    set.add(value);
                }
            });
        }
        return set;
    }
}

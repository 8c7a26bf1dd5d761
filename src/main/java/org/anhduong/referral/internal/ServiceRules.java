package org.anhduong.referral.internal;

import org.anhduong.geography.Localities;
import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserDirectory;
import org.anhduong.referral.Eligibility;
import org.anhduong.referral.PublicField;
import org.anhduong.referral.ServiceDetails;
import org.anhduong.referral.ServiceType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** A service's details checked field by field: a service of an active organisation, where it is offered, and to whom. */
@Component
class ServiceRules {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 1000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LANGUAGE = Pattern.compile("[\\p{L}\\- ]{2,40}");

    private final UserDirectory directory;
    private final Localities localities;

    ServiceRules(UserDirectory directory, Localities localities) {
        this.directory = directory;
        this.localities = localities;
    }

    /** The valid details and the organisation's name, or {@link org.anhduong.platform.web.InvalidInputException}. */
    Checked check(ServiceDetails d) {
        var checks = new Checks();
        Optional<Organisation> organisation = Optional.ofNullable(checks.required("organisationId", d.organisationId()))
                .flatMap(directory::findOrganisation).filter(Organisation::active);
        if (d.organisationId() != null && organisation.isEmpty()) {
            checks.add("organisationId", "referral.service.organisationUnknown");
        }
        String name = checks.requiredText("name", d.name(), MAX_NAME);
        ServiceType type = checks.required("serviceType", d.serviceType());
        List<String> communes = communes(checks, d);
        String hours = checks.text("openingHours", d.openingHours(), MAX_TEXT);
        if (!d.allDayAndNight() && hours == null) {
            checks.add("openingHours", "referral.service.hoursRequired");
        }
        String phone = checks.text("contactPhone", d.contactPhone(), 40);
        if (phone != null && !phone.replaceAll("[\\s.()-]", "").matches("\\+?\\d{3,15}")) {
            checks.add("contactPhone", "validation.phone");
        }
        String email = checks.text("contactEmail", d.contactEmail(), MAX_TEXT);
        if (email != null && !EMAIL.matcher(email).matches()) {
            checks.add("contactEmail", "validation.email");
        }
        String person = checks.text("contactPerson", d.contactPerson(), MAX_TEXT);
        List<String> languages = languages(checks, d.languages());
        Set<Eligibility> eligibility = d.eligibility() == null || d.eligibility().stream().allMatch(Objects::isNull)
                ? EnumSet.of(Eligibility.ALL) : nonNull(Eligibility.class, d.eligibility());
        String notes = checks.text("capacityNotes", d.capacityNotes(), MAX_NOTES);
        Set<PublicField> published = d.publicFields() == null
                ? EnumSet.noneOf(PublicField.class) : nonNull(PublicField.class, d.publicFields());
        checks.throwIfAny();
        var data = new DirectoryRows.Data(d.organisationId(), name, type, d.wholeProvince(), communes, d.allDayAndNight(),
                hours, phone, email, person, languages, eligibility, notes, published,
                d.active() == null || d.active());
        return new Checked(data, organisation.orElseThrow().name());
    }

    record Checked(DirectoryRows.Data data, String organisationName) {
    }

    private List<String> communes(Checks checks, ServiceDetails d) {
        if (d.wholeProvince()) {
            return List.of();
        }
        var codes = new LinkedHashSet<String>();
        for (String code : d.communeCodes() == null ? List.<String>of() : d.communeCodes()) {
            if (code != null && !code.isBlank()) {
                codes.add(code.strip());
            }
        }
        if (codes.isEmpty()) {
            checks.add("communeCodes", "referral.service.communesRequired");
        } else if (codes.size() > 200 || !codes.stream().allMatch(c -> c.length() <= 10 && localities.exists(c))) {
            checks.add("communeCodes", "referral.service.communeUnknown");
        }
        return List.copyOf(codes);
    }

    private static List<String> languages(Checks checks, @Nullable List<String> given) {
        var languages = new LinkedHashSet<String>();
        for (String language : given == null ? List.<String>of() : given) {
            if (language != null && !language.isBlank()) {
                languages.add(language.strip());
            }
        }
        if (languages.isEmpty()) {
            return List.of("vi");
        }
        if (languages.size() > 10 || !languages.stream().allMatch(l -> LANGUAGE.matcher(l).matches())
                || String.join(",", languages).length() > MAX_TEXT) {
            checks.add("languages", "referral.service.languages");
        }
        return List.copyOf(languages);
    }

    /** The choices given, a JSON {@code null} among them ignored rather than failing the whole request. */
    private static <E extends Enum<E>> Set<E> nonNull(Class<E> type, java.util.Collection<E> given) {
        EnumSet<E> chosen = EnumSet.noneOf(type);
        given.stream().filter(Objects::nonNull).forEach(chosen::add);
        return chosen;
    }
}

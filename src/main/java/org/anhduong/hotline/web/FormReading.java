package org.anhduong.hotline.web;

import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Channel;
import org.anhduong.hotline.ContactDraft;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.Direction;
import org.anhduong.hotline.Outcome;
import org.anhduong.hotline.Relation;
import org.anhduong.hotline.ServiceGiven;
import org.anhduong.hotline.Sex;
import org.anhduong.hotline.Urgency;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.anhduong.hotline.web.FormValues.blank;

/**
 * Reads a posted {@link ContactForm} into a {@link ContactDraft}: the texts a browser cannot get wrong by itself
 * (times, numbers, and choices a tampered form could send) become field problems here; everything else is the hotline's
 * rules to check. A time shown unchanged keeps the stored instant, so editing a contact never rounds its times.
 */
final class FormReading {

    /** What the live screen fills in for times left blank; the contact form leaves them blank. */
    record Defaults(Instant now, @Nullable Instant started) {
    }

    record Result(ContactDraft draft, List<FieldProblem> problems) {

        /** The draft, when every field could be read. */
        ContactDraft orThrow() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return draft;
        }
    }

    private final Clock clock;
    private final @Nullable ContactDraft previous;
    private final List<FieldProblem> problems = new ArrayList<>();

    private FormReading(Clock clock, @Nullable ContactDraft previous) {
        this.clock = clock;
        this.previous = previous;
    }

    static Result read(ContactForm form, @Nullable ContactDraft previous, @Nullable Defaults defaults, Clock clock) {
        FormReading reading = new FormReading(clock, previous);
        ContactDraft.Builder draft = reading.details(form);
        reading.times(form, draft, defaults);
        return new Result(draft.build(), List.copyOf(reading.problems));
    }

    private ContactDraft.Builder details(ContactForm f) {
        return ContactDraft.builder()
                .type(choice("type", f.type(), ContactType::valueOf))
                .lineId(choice("lineId", f.lineId(), Long::valueOf))
                .channel(choice("channel", f.channel(), Channel::valueOf))
                .direction(choice("direction", f.direction(), Direction::valueOf))
                .callerPhone(text(f.callerPhone()))
                .callerPhoneWithheld(f.callerPhoneWithheld())
                .callerName(text(f.callerName()))
                .callerRelation(choice("callerRelation", f.callerRelation(), Relation::valueOf))
                .callerSex(choice("callerSex", f.callerSex(), Sex::valueOf))
                .callerAgeGroup(choice("callerAgeGroup", f.callerAgeGroup(), AgeGroup::valueOf))
                .concernedSex(choice("concernedSex", f.concernedSex(), Sex::valueOf))
                .concernedAgeGroup(choice("concernedAgeGroup", f.concernedAgeGroup(), AgeGroup::valueOf))
                .localityCode(text(f.localityCode()))
                .categories(f.categories())
                .urgency(choice("urgency", f.urgency(), Urgency::valueOf))
                .services(services(f.services()))
                .outcome(choice("outcome", f.outcome(), Outcome::valueOf))
                .summary(f.summary())
                .doNotCallBack(f.doNotCallBack())
                .callBackFrom(time("callBackFrom", f.callBackFrom()))
                .callBackTo(time("callBackTo", f.callBackTo()))
                .caseRequested(f.caseRequested());
    }

    private void times(ContactForm f, ContactDraft.Builder draft, @Nullable Defaults defaults) {
        Instant received = instant("receivedAt", f.receivedAt(), previous == null ? null : previous.receivedAt());
        Instant answered = instant("answeredAt", f.answeredAt(), previous == null ? null : previous.answeredAt());
        Instant ended = instant("endedAt", f.endedAt(), previous == null ? null : previous.endedAt());
        boolean missed = ContactType.MISSED.name().equals(f.type());
        if (defaults != null && received == null && blank(f.receivedAt())) {
            received = defaults.started() == null ? defaults.now() : defaults.started();
        }
        if (defaults != null && !missed && answered == null && blank(f.answeredAt())) {
            answered = received;
        }
        if (defaults != null && !missed && ended == null && blank(f.endedAt())) {
            ended = defaults.now();
        }
        draft.receivedAt(received).answeredAt(answered).endedAt(ended)
                .callBackDue(instant("callBackDue", f.callBackDue(), previous == null ? null : previous.callBackDue()));
    }

    private @Nullable Instant instant(String field, @Nullable String typed, @Nullable Instant stored) {
        if (blank(typed)) {
            return null;
        }
        if (stored != null && typed.strip().equals(FormTimes.instant(stored))) {
            return stored;
        }
        var parsed = FormTimes.parseInstant(typed, clock);
        if (parsed.isEmpty()) {
            problems.add(new FieldProblem(field, "hotline.form.dateTime"));
        }
        return parsed.orElse(null);
    }

    private @Nullable LocalTime time(String field, @Nullable String typed) {
        if (blank(typed)) {
            return null;
        }
        var parsed = FormTimes.parseTime(typed);
        if (parsed.isEmpty()) {
            problems.add(new FieldProblem(field, "hotline.form.time"));
        }
        return parsed.orElse(null);
    }

    private <T> @Nullable T choice(String field, @Nullable String value, Function<String, T> parse) {
        return FormValues.read(field, value, parse, problems);
    }

    private @Nullable Set<ServiceGiven> services(List<String> codes) {
        Set<ServiceGiven> services = EnumSet.noneOf(ServiceGiven.class);
        for (String code : codes) {
            ServiceGiven service = choice("services", code, ServiceGiven::valueOf);
            if (service != null) {
                services.add(service);
            }
        }
        return services;
    }

    private static @Nullable String text(@Nullable String value) {
        return blank(value) ? null : value;
    }
}

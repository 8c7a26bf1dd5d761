package org.anhduong.hotline.internal;

import org.anhduong.hotline.Channel;
import org.anhduong.hotline.ContactDraft;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.Direction;
import org.anhduong.hotline.Relation;
import org.anhduong.hotline.Urgency;
import org.anhduong.platform.text.PhoneNumbers;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What makes contact details acceptable, per contact type: a silent call needs nothing but its type, a data contact
 * needs categories and an outcome. Turns a draft into the stored form (defaults, E.164, NFC) and derives the GBV and
 * self-harm flags from the category tree. On a change, the previous details are given, so a line or category that was
 * retired since the contact was taken does not block editing it.
 */
final class ContactRules {

    static final int MAX_PHONE = 40;
    static final int MAX_NAME = 200;
    static final int MAX_SUMMARY = 10_000;
    static final int MAX_CATEGORIES = 20;
    /** Telephony systems and browsers run on clocks of their own. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /**
     * What the rules must ask the world: the time, the tree, the user's lines, the communes.
     *
     * @param categories     the tree, asked for only when the contact has categories (most do not: silent calls,
     *                       hang-ups…), so it need not be read for them
     * @param lineUsable     the line exists, belongs to the user's organisation and is active
     * @param localityExists the code names an administrative unit valid today
     */
    record Facts(Instant now, Supplier<CategoryTree> categories, LongPredicate lineUsable,
                 Predicate<String> localityExists) {

        Facts(Instant now, CategoryTree categories, LongPredicate lineUsable, Predicate<String> localityExists) {
            this(now, () -> categories, lineUsable, localityExists);
        }
    }

    private final Facts facts;
    private final @Nullable ContactDraft previous;
    private final Check check = new Check();

    private ContactRules(Facts facts, @Nullable ContactDraft previous) {
        this.facts = facts;
        this.previous = previous;
    }

    /**
     * @param previous the stored details when changing a contact, null for a new one
     * @throws org.anhduong.platform.web.InvalidInputException naming every bad field
     */
    static ValidContact check(ContactDraft draft, @Nullable ContactDraft previous, Facts facts) {
        return new ContactRules(facts, previous).validate(draft);
    }

    private ValidContact validate(ContactDraft draft) {
        ContactType type = check.required("type", draft.type());
        ContactDraft.Builder out = ContactDraft.builder().type(type);
        times(draft, out, type);
        caller(draft, out, type);
        classification(draft, out, type);
        safety(draft, out, type);
        place(draft, out);
        check.throwIfAny();
        ContactDraft details = out.build();
        List<String> codes = Objects.requireNonNull(details.categories());
        if (codes.isEmpty()) {
            return new ValidContact(details, false, false);
        }
        CategoryTree tree = facts.categories().get();
        return new ValidContact(details, tree.gbvRelated(codes), tree.selfHarm(codes));
    }

    private void times(ContactDraft d, ContactDraft.Builder out, @Nullable ContactType type) {
        Instant now = facts.now();
        Instant received = micros(d.receivedAt() == null ? now : d.receivedAt());
        Instant answered = d.answeredAt() == null ? null : micros(d.answeredAt());
        Instant ended = d.endedAt() == null ? null : micros(d.endedAt());
        if (received.isAfter(now.plus(CLOCK_SKEW))) {
            check.problem("receivedAt", "hotline.time.future");
        }
        if (answered != null && answered.isBefore(received)) {
            check.problem("answeredAt", "hotline.time.beforeReceived");
        }
        if (answered != null && type == ContactType.MISSED) {
            check.problem("answeredAt", "hotline.missed.answered");
        }
        if (ended != null && ended.isBefore(answered == null ? received : answered)) {
            check.problem("endedAt", "hotline.time.endBeforeStart");
        }
        out.receivedAt(received).answeredAt(answered).endedAt(ended)
                .channel(d.channel() == null ? Channel.PHONE : d.channel())
                .direction(d.direction() == null ? Direction.INCOMING : d.direction());
    }

    private void caller(ContactDraft d, ContactDraft.Builder out, @Nullable ContactType type) {
        boolean withheld = Boolean.TRUE.equals(d.callerPhoneWithheld());
        out.callerPhone(phone(d.callerPhone(), withheld))
                .callerPhoneWithheld(withheld)
                .callerName(check.text("callerName", d.callerName(), MAX_NAME))
                .callerRelation(relation(d.callerRelation(), type))
                .callerSex(d.callerSex())
                .callerAgeGroup(d.callerAgeGroup())
                .concernedSex(d.concernedSex())
                .concernedAgeGroup(d.concernedAgeGroup());
        if (type == ContactType.ABOUT_SELF && (d.concernedSex() != null || d.concernedAgeGroup() != null)) {
            check.problem(d.concernedSex() != null ? "concernedSex" : "concernedAgeGroup", "hotline.concerned.aboutSelf");
        }
    }

    /** The E.164 number, or null when none was given; never repeats a rejected number anywhere. */
    private @Nullable String phone(@Nullable String typed, boolean withheld) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (withheld) {
            check.problem("callerPhone", "hotline.phone.withheldAndGiven");
            return null;
        }
        Optional<String> e164 = typed.length() > MAX_PHONE ? Optional.empty() : PhoneNumbers.normalise(typed);
        if (e164.isEmpty()) {
            check.problem("callerPhone", "hotline.phone.invalid");
        }
        return e164.orElse(null);
    }

    private @Nullable Relation relation(@Nullable Relation given, @Nullable ContactType type) {
        if (type == ContactType.ABOUT_SELF) {
            if (given != null && given != Relation.SELF) {
                check.problem("callerRelation", "hotline.relation.aboutSelf");
            }
            return Relation.SELF;
        }
        if (type == ContactType.ABOUT_OTHER && given == Relation.SELF) {
            check.problem("callerRelation", "hotline.relation.aboutOther");
        }
        return given;
    }

    private void classification(ContactDraft d, ContactDraft.Builder out, @Nullable ContactType type) {
        boolean data = type != null && type.dataContact();
        List<String> codes = categories(d.categories());
        if (data && codes.isEmpty() && !check.failed("categories")) {
            check.problem("categories", "hotline.categories.required");
        }
        if (data) {
            check.required("outcome", d.outcome());
        }
        out.categories(codes)
                .urgency(d.urgency() == null ? Urgency.ROUTINE : d.urgency())
                .services(d.services() == null ? Set.of() : d.services())
                .outcome(d.outcome());
    }

    private List<String> categories(@Nullable List<String> given) {
        if (given == null) {
            return List.of();
        }
        List<String> codes = given.stream().map(String::strip).distinct().toList();
        if (codes.size() > MAX_CATEGORIES) {
            check.problem("categories", "hotline.categories.tooMany", MAX_CATEGORIES);
        } else if (!codes.stream().allMatch(this::categoryAllowed)) {
            check.problem("categories", "hotline.category.unknown");
        }
        return codes;
    }

    /** Active categories, or retired ones the contact already had. */
    private boolean categoryAllowed(String code) {
        CategoryTree tree = facts.categories().get();
        boolean had = previous != null && previous.categories() != null && previous.categories().contains(code);
        return tree.usable(code) || (had && tree.exists(code));
    }

    private void safety(ContactDraft d, ContactDraft.Builder out, @Nullable ContactType type) {
        boolean doNotCallBack = Boolean.TRUE.equals(d.doNotCallBack());
        boolean caseRequested = Boolean.TRUE.equals(d.caseRequested());
        if (doNotCallBack && (d.callBackFrom() != null || d.callBackTo() != null)) {
            check.problem(d.callBackFrom() != null ? "callBackFrom" : "callBackTo", "hotline.callBack.doNotCallBack");
        }
        if (doNotCallBack && d.callBackDue() != null) {
            check.problem("callBackDue", "hotline.callBack.doNotCallBack");
        }
        if (caseRequested && type != null && !type.dataContact()) {
            check.problem("caseRequested", "hotline.caseRequested.nonData");
        }
        out.doNotCallBack(doNotCallBack)
                .callBackFrom(minutes(d.callBackFrom()))
                .callBackTo(minutes(d.callBackTo()))
                .callBackDue(d.callBackDue() == null ? null : micros(d.callBackDue()))
                .caseRequested(caseRequested)
                .summary(check.text("summary", d.summary(), MAX_SUMMARY));
    }

    private void place(ContactDraft d, ContactDraft.Builder out) {
        String code = check.text("localityCode", d.localityCode(), 10);
        boolean localityKept = previous != null && Objects.equals(previous.localityCode(), code);
        if (code != null && !check.failed("localityCode") && !localityKept && !facts.localityExists().test(code)) {
            check.problem("localityCode", "hotline.locality.unknown");
        }
        Long line = d.lineId();
        boolean lineKept = previous != null && Objects.equals(previous.lineId(), line);
        if (line != null && !lineKept && !facts.lineUsable().test(line)) {
            check.problem("lineId", "hotline.line.unknown");
        }
        out.localityCode(code).lineId(line);
    }

    /** PostgreSQL keeps microseconds; cutting here makes the stored and the returned instant equal on both databases. */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable LocalTime minutes(@Nullable LocalTime time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MINUTES);
    }
}

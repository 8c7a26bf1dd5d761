package org.anhduong.hotline.web;

import jakarta.servlet.http.HttpSession;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.Hotline;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Saves the live-call form as a contact, in one action. The form's id is the save's Idempotency-Key: a second submit
 * of the same form (a double Ctrl+Enter, a reload of the POST) records nothing new.
 */
@Component
class LiveSaving {

    private final Hotline hotline;
    private final LiveDrafts drafts;
    private final IncomingCalls calls;
    private final Clock clock;

    LiveSaving(Hotline hotline, LiveDrafts drafts, IncomingCalls calls, Clock clock) {
        this.hotline = hotline;
        this.drafts = drafts;
        this.calls = calls;
        this.clock = clock;
    }

    /**
     * @param saved    the new contact's id, when saved
     * @param problems what to fix, when not
     * @param notice   a message for the whole form: why it was not saved (other than its fields), or what did not
     *                 follow a save
     */
    record Outcome(@Nullable Long saved, List<FieldProblem> problems, @Nullable String notice) {
    }

    Outcome save(ContactForm form, HttpSession session) {
        var read = FormReading.read(form, null, new FormReading.Defaults(clock.instant(), started(form)), clock);
        if (!read.problems().isEmpty()) {
            return new Outcome(null, read.problems(), null);
        }
        try {
            long id = hotline.record(read.draft(), key(form)).contact().id();
            drafts.finish(form, session);
            boolean attached = FormValues.blank(form.callId()) || calls.attach(form.callId(), id);
            return new Outcome(id, List.of(), attached ? null : "hotline.incoming.notAttached");
        } catch (InvalidInputException e) {
            return new Outcome(null, e.problems(), null);
        } catch (ConflictException reused) {
            // The form was saved before and has changed since (the back button): say so rather than lose the input.
            return new Outcome(null, List.of(), "hotline.live.resubmitted");
        }
    }

    /** A non-data contact of the given type, from the call's fields only: what else was typed is not about it. */
    Outcome quick(ContactForm form, String type, HttpSession session) {
        boolean offered = java.util.Arrays.stream(ContactType.values())
                .anyMatch(t -> !t.dataContact() && t.name().equals(type));
        if (!offered) {
            throw new InvalidInputException("type", "validation.format");
        }
        return save(form.callOnly(type), session);
    }

    private java.time.@Nullable Instant started(ContactForm form) {
        return form.startedAt() == null ? null : FormTimes.parseInstant(form.startedAt(), clock).orElse(null);
    }

    private static String key(ContactForm form) {
        return form.formId() == null || form.formId().isBlank() ? UUID.randomUUID().toString() : form.formId();
    }
}

package org.anhduong.hotline.web;

import jakarta.servlet.http.HttpSession;
import org.anhduong.hotline.Hotline;
import org.anhduong.hotline.LiveCallDraft;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.text.PhoneNumbers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The live-call form kept on the server between requests (the hotline's draft, as the form's JSON), so a half-filled
 * contact survives a reload. Those who record contacts (counsellors and supervisors) keep drafts. A form once saved is remembered in the session: an autosave
 * still on its way when the contact was saved must not bring the finished call back as a draft.
 */
@Component
class LiveDrafts {

    private static final String FINISHED = LiveDrafts.class.getName() + ".finished";
    private static final int REMEMBERED = 20;

    private final Hotline hotline;
    private final JsonMapper json;

    LiveDrafts(Hotline hotline, JsonMapper json) {
        this.hotline = hotline;
        this.json = json;
    }

    /** The form kept by the signed-in user, with when it was kept. */
    record Kept(ContactForm form, Instant savedAt) {
    }

    /** Counsellors, and supervisors, who take calls when the line is busy. */
    static boolean canRecord() {
        var user = CurrentUser.require();
        return user.hasRole(Roles.HOTLINE_COUNSELLOR) || user.hasRole(Roles.SUPERVISOR);
    }

    static ContactForm fresh(@Nullable String lineId) {
        return ContactForm.fresh(UUID.randomUUID().toString(), lineId);
    }

    Optional<Kept> kept() {
        if (!canRecord()) {
            return Optional.empty();
        }
        return hotline.draft(CurrentUser.require().userId()).flatMap(this::read);
    }

    /** Keeps the form unless it is blank (then any draft goes) or already saved; the time kept, if it was. */
    Optional<Instant> keep(ContactForm form, HttpSession session) {
        if (!canRecord() || finished(session, form.formId())) {
            return Optional.empty();
        }
        long user = CurrentUser.require().userId();
        if (form.blank()) {
            hotline.discardDraft(user);
            return Optional.empty();
        }
        return Optional.of(hotline.saveDraft(user, json.writeValueAsString(form)).savedAt());
    }

    void discard() {
        if (canRecord()) {
            hotline.discardDraft(CurrentUser.require().userId());
        }
    }

    /** After a save: the draft goes, and late autosaves of this form are ignored. */
    void finish(ContactForm form, HttpSession session) {
        discard();
        if (form.formId() != null) {
            List<String> finished = new ArrayList<>(finishedForms(session));
            finished.add(form.formId());
            session.setAttribute(FINISHED, new ArrayList<>(finished.subList(Math.max(0, finished.size() - REMEMBERED),
                    finished.size())));
        }
    }

    /**
     * Puts a call that did not come from typing (taken from telephony, or a call-back from the queue) into the draft.
     * Refused (false) when the draft is about another number: two callers' notes must never mix.
     */
    boolean start(ContactForm.CallStart call) {
        ContactForm current = kept().map(Kept::form).orElseGet(() -> fresh(null));
        if (!current.blank() && !sameNumber(current.callerPhone(), call.phone())) {
            return false;
        }
        hotline.saveDraft(CurrentUser.require().userId(), json.writeValueAsString(current.forCall(call)));
        return true;
    }

    private static boolean sameNumber(@Nullable String typed, @Nullable String other) {
        if (typed == null || typed.isBlank()) {
            return true;
        }
        return Objects.equals(PhoneNumbers.normalise(typed), PhoneNumbers.normalise(other));
    }

    private Optional<Kept> read(LiveCallDraft draft) {
        try {
            return Optional.of(new Kept(json.readValue(draft.payload(), ContactForm.class), draft.savedAt()));
        } catch (JacksonException unreadable) {
            // A draft of another shape (the API's, or an older form) is not this screen's to restore.
            return Optional.empty();
        }
    }

    private static boolean finished(HttpSession session, @Nullable String formId) {
        return formId != null && finishedForms(session).contains(formId);
    }

    @SuppressWarnings("unchecked")
    private static List<String> finishedForms(HttpSession session) {
        Object finished = session.getAttribute(FINISHED);
        return finished instanceof List<?> list ? (List<String>) list : List.of();
    }
}

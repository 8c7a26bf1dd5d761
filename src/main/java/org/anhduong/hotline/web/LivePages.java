package org.anhduong.hotline.web;

import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;

/** Builds the live-call screen's view model, so the controller only routes. */
@Component
class LivePages {

    private final LiveDrafts drafts;
    private final FormChoices choices;
    private final HistoryViews histories;
    private final CommuneNames localities;
    private final IncomingCalls incoming;
    private final MessageSource messages;

    LivePages(LiveDrafts drafts, FormChoices choices, HistoryViews histories, CommuneNames localities,
              IncomingCalls incoming, MessageSource messages) {
        this.drafts = drafts;
        this.choices = choices;
        this.histories = histories;
        this.localities = localities;
        this.incoming = incoming;
        this.messages = messages;
    }

    /** The screen as the counsellor left it: their draft, or a fresh form. */
    LiveCallPage current(@Nullable Long savedId, @Nullable String noticeKey) {
        var kept = drafts.kept();
        if (kept.isEmpty()) {
            return page(LiveDrafts.fresh(choices.onlyLine()), FormErrors.NONE, savedId, noticeKey, null);
        }
        String notice = noticeKey == null ? "hotline.live.restored" : noticeKey;
        return page(kept.get().form(), FormErrors.NONE, savedId, notice, kept.get().savedAt());
    }

    /** The form as posted, with what is wrong with it. */
    LiveCallPage failed(ContactForm form, List<FieldProblem> problems, @Nullable String noticeKey) {
        return page(form, FormErrors.of(problems, messages), null, noticeKey, null);
    }

    private LiveCallPage page(ContactForm form, FormErrors errors, @Nullable Long savedId, @Nullable String noticeKey,
                              java.time.@Nullable Instant draftSaved) {
        return new LiveCallPage(form, choices.of(form), errors, histories.of(form.callerPhone(), true),
                localities.of(form.localityCode()), LiveDrafts.canRecord(), savedId, noticeKey, draftSaved,
                form.blank() && !errors.any(), incoming.view());
    }
}

package org.anhduong.hotline.web;

import org.anhduong.hotline.Contact;
import org.anhduong.hotline.Hotline;
import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;

/** Builds the contact page's view model. Every build reads the contact through the hotline, so every view is audited. */
@Component
class ContactPages {

    private final Hotline hotline;
    private final FormChoices choices;
    private final SummaryRows names;
    private final CommuneNames localities;
    private final MessageSource messages;

    ContactPages(Hotline hotline, FormChoices choices, SummaryRows names, CommuneNames localities,
                 MessageSource messages) {
        this.hotline = hotline;
        this.choices = choices;
        this.names = names;
        this.localities = localities;
        this.messages = messages;
    }

    /** The stored contact. */
    ContactViewPage stored(long id, @Nullable String noticeKey) {
        Contact contact = hotline.find(id);
        return page(contact, ContactForm.of(contact.details(), contact.version()), List.of(), false, noticeKey, "", "");
    }

    /** The form as posted, with its problems or as refused for being stale. */
    ContactViewPage posted(long id, ContactForm form, List<FieldProblem> problems, boolean stale) {
        return page(hotline.find(id), form, problems, stale, null, "", "");
    }

    /** The stored contact with the case link form as refused. */
    ContactViewPage caseRefused(long id, String caseRef, List<FieldProblem> problems) {
        Contact contact = hotline.find(id);
        String error = FormErrors.of(problems, messages).of("caseRef");
        return page(contact, ContactForm.of(contact.details(), contact.version()), List.of(), false, null, caseRef, error);
    }

    private ContactViewPage page(Contact contact, ContactForm form, List<FieldProblem> problems, boolean stale,
                                 @Nullable String noticeKey, String caseRef, String caseError) {
        return new ContactViewPage(contact, names.name(contact.counsellorId()), form, choices.of(form),
                FormErrors.of(problems, messages), stale, noticeKey, localities.of(form.localityCode()), caseRef,
                caseError);
    }
}

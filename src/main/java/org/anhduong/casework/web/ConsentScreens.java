package org.anhduong.casework.web;

import org.anhduong.platform.web.FormFields;
import org.anhduong.casework.CaseFileTab;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseStatus;
import org.anhduong.casework.Consent;
import org.anhduong.casework.ConsentGiver;
import org.anhduong.casework.ConsentOverview;
import org.anhduong.casework.ConsentPurpose;
import org.anhduong.casework.ConsentWithdrawal;
import org.anhduong.casework.Consents;
import org.anhduong.casework.GuardianRelation;
import org.anhduong.casework.NewConsent;
import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.Ui;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The case file's consents tab: what may be shared today, the consents, recording and withdrawing them. */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class ConsentScreens {

    static final String TAB = "consents";
    static final String VIEW = "casework/consents/consents";

    private final Consents consents;
    private final CaseManagement cases;
    private final CaseFileHeaders headers;
    private final UserDirectory directory;
    private final Labels labels;

    ConsentScreens(Consents consents, CaseManagement cases, CaseFileHeaders headers, UserDirectory directory,
                   Labels labels) {
        this.consents = consents;
        this.cases = cases;
        this.headers = headers;
        this.directory = directory;
        this.labels = labels;
    }

    @GetMapping(CaseFileScreens.PATH + "/{id:\\d+}/" + TAB)
    String show(@PathVariable long id, Model model) {
        String today = FormFields.shown(LocalDate.now(Ui.ZONE));
        model.addAttribute("page", page(id, ConsentForm.empty(today), List.of(),
                (String) model.getAttribute(CaseFileScreens.NOTICE)));
        return VIEW;
    }

    @PostMapping(CaseFileScreens.PATH + "/{id:\\d+}/" + TAB)
    String record(@PathVariable long id, ConsentForm form, Model model, RedirectAttributes redirect) {
        var values = new FormValues();
        var days = new FormFields();
        NewConsent consent = new NewConsent(values.enumOf(ConsentPurpose.class, form.purpose(), "purpose"),
                days.id(form.recipient(), "recipientOrganisationId"),
                values.enumOf(ConsentGiver.class, form.givenBy(), "givenBy"), form.guardianName(),
                values.enumOf(GuardianRelation.class, form.guardianRelation(), "guardianRelation"),
                form.childAgreed() != null && form.childAgreed(), days.day(form.givenOn(), "givenOn"),
                days.day(form.validUntil(), "validUntil"));
        try {
            throwIfAny(values.problems(), days.problems());
            consents.record(id, consent);
            redirect.addFlashAttribute(CaseFileScreens.NOTICE, "casework.consent.recorded");
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + TAB;
        } catch (InvalidInputException e) {
            model.addAttribute("page", page(id, form, e.problems(), null));
            return VIEW;
        }
    }

    @PostMapping(CaseFileScreens.PATH + "/{id:\\d+}/" + TAB + "/{consentId:\\d+}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long consentId,
                    @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        var values = new FormValues();
        var days = new FormFields();
        // Each row's inputs carry the consent's id, so that labels and error links stay unique on the page.
        var withdrawal = new ConsentWithdrawal(days.day(form.get("withdrawnOn-" + consentId), "withdrawnOn"),
                values.enumOf(ConsentGiver.class, form.get("withdrawnBy-" + consentId), "withdrawnBy"));
        try {
            throwIfAny(values.problems(), days.problems());
            consents.withdraw(id, consentId, withdrawal);
            redirect.addFlashAttribute(CaseFileScreens.NOTICE, "casework.consent.withdrawnNotice");
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + TAB;
        } catch (InvalidInputException e) {
            String today = FormFields.shown(LocalDate.now(Ui.ZONE));
            var problems = e.problems().stream()
                    .map(p -> new FieldProblem(p.field() + "-" + consentId, p.messageKey(), p.args())).toList();
            model.addAttribute("page", page(id, ConsentForm.empty(today), problems, null));
            return VIEW;
        }
    }

    private static void throwIfAny(List<FieldProblem> first, List<FieldProblem> second) {
        if (!first.isEmpty() || !second.isEmpty()) {
            throw new InvalidInputException(java.util.stream.Stream.concat(first.stream(), second.stream()).toList());
        }
    }

    private ConsentPage page(long id, ConsentForm form, List<FieldProblem> problems, @Nullable String notice) {
        ConsentOverview overview = consents.list(id);
        CaseRecord found = cases.caseRecord(id);
        Map<Long, String> names = directory.activeOrganisations().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        var statuses = Arrays.stream(ConsentPurpose.values()).map(p -> new ConsentPage.Status(labels.text(p.labelKey()),
                overview.current().get(p).allowed(), labels.text(overview.current().get(p).reason().labelKey()))).toList();
        var rows = overview.consents().stream().map(c -> row(c, names)).toList();
        var organisations = directory.activeOrganisations().stream()
                .map(o -> new Choice(Long.toString(o.id()), o.name())).toList();
        return new ConsentPage(headers.of(found, TAB), statuses, rows, form,
                choices(ConsentPurpose.values(), ConsentPurpose::labelKey), organisations,
                choices(ConsentGiver.values(), ConsentGiver::labelKey), labels.choices(GuardianRelation.class),
                FormErrors.of(problems, field -> field, p -> labels.text(p.messageKey(), p.args())), notice,
                FormFields.shown(LocalDate.now(Ui.ZONE)), found.status() == CaseStatus.CLOSED);
    }

    private ConsentPage.Row row(Consent c, Map<Long, String> names) {
        String recipient = c.recipientOrganisationId() == null ? labels.text("casework.consent.anyRecipient")
                : names.getOrDefault(c.recipientOrganisationId(), "#" + c.recipientOrganisationId());
        String withdrawal = c.withdrawnOn() == null ? null : labels.text("casework.consent.withdrawnOn",
                FormFields.shown(c.withdrawnOn()),
                c.withdrawnBy() == null ? "" : labels.text(c.withdrawnBy().labelKey()));
        return new ConsentPage.Row(c.id(), labels.text(c.purpose().labelKey()), recipient,
                labels.text(c.givenBy().labelKey()), c.givenOn(), c.validUntil(), withdrawal);
    }

    private <E extends Enum<E>> List<Choice> choices(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), labels.text(key.apply(v)))).toList();
    }

    /** The consents tab, after the client's. */
    @Configuration(proxyBeanMethods = false)
    static class Tab {

        @Bean
        CaseFileTab consentsTab() {
            return CaseFileTab.of(70, TAB, "casework.tab.consents");
        }
    }
}

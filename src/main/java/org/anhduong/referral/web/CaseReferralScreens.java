package org.anhduong.referral.web;

import org.anhduong.casework.CaseFileFrame;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseStatus;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.Ui;
import org.anhduong.referral.NewReferral;
import org.anhduong.referral.Referral;
import org.anhduong.referral.ReferralAnswer;
import org.anhduong.referral.ReferralStep;
import org.anhduong.referral.Referrals;
import org.anhduong.referral.ServiceDirectory;
import org.anhduong.referral.ServiceOffer;
import org.anhduong.referral.ServiceSearch;
import org.anhduong.referral.ServiceType;
import org.anhduong.referral.Urgency;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The case file's referrals tab, for the case's team: its referrals with their history, sending and withdrawing. */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class CaseReferralScreens {

    static final String TAB = "referrals";
    private static final String BASE = "/cases/{id:\\d+}/" + TAB;
    private static final String NOTICE = "notice";

    private final Referrals referrals;
    private final ServiceDirectory directory;
    private final CaseManagement cases;
    private final CaseFileFrame frame;

    CaseReferralScreens(Referrals referrals, ServiceDirectory directory, CaseManagement cases, CaseFileFrame frame) {
        this.referrals = referrals;
        this.directory = directory;
        this.cases = cases;
        this.frame = frame;
    }

    @GetMapping(BASE)
    String show(@PathVariable long id, @RequestParam(required = false) @Nullable String need, Model model) {
        return page(model, id, ReferralForm.empty(need), Problems.none(), null, (String) model.getAttribute(NOTICE),
                false);
    }

    @PostMapping(BASE)
    String send(@PathVariable long id, ReferralForm form, Model model, RedirectAttributes redirect) {
        Ui ui = (Ui) model.getAttribute("ui");
        var problems = new ArrayList<FieldProblem>();
        Long serviceId = number(form.serviceId(), "serviceId", problems);
        Urgency urgency = urgency(form.urgency(), problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Referral sent = referrals.send(id, new NewReferral(serviceId, urgency, form.sharedInformation(),
                    form.contactArrangements(), form.emergencyChecked(), form.emergencyReason()));
            redirect.addFlashAttribute(NOTICE, sent.emergency() ? "referral.case.sentEmergency" : "referral.case.sent");
            return "redirect:/cases/" + id + "/" + TAB;
        } catch (InvalidInputException e) {
            return page(model, id, form, Problems.of(e.problems(), ui), null, null, false);
        } catch (ConflictException refused) {
            return page(model, id, form, Problems.none(), ui.t(refused.messageKey(), refused.args()), null, false);
        }
    }

    @PostMapping(BASE + "/{referralId:\\d+}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long referralId,
                    @RequestParam(defaultValue = "-1") int version,
                    @RequestParam(required = false) @Nullable String withdrawReason, Model model,
                    RedirectAttributes redirect) {
        try {
            referrals.withdraw(referralId, version, new ReferralAnswer(withdrawReason));
            redirect.addFlashAttribute(NOTICE, "referral.case.withdrawn");
            return "redirect:/cases/" + id + "/" + TAB;
        } catch (InvalidInputException e) {
            Ui ui = (Ui) model.getAttribute("ui");
            return page(model, id, ReferralForm.empty(null), Problems.of(e.problems(), ui), null, null, false);
        } catch (ConflictException e) {
            return page(model, id, ReferralForm.empty(null), Problems.none(), null, null, true);
        }
    }

    private String page(Model model, long id, ReferralForm form, Problems errors, @Nullable String refusal,
                        @Nullable String notice, boolean stale) {
        Ui ui = (Ui) model.getAttribute("ui");
        CaseRecord found = cases.caseRecord(id);
        List<Referral> sent = referrals.ofCase(id);
        var steps = referrals.caseHistory(id).stream().collect(Collectors.groupingBy(ReferralStep::referralId));
        var rows = sent.stream().map(r -> new CaseReferralsPage.Row(r, steps.getOrDefault(r.id(), List.of()))).toList();
        ServiceType need = need(form.need());
        List<ServiceOffer> proposed = need == null ? List.of() : directory.pathway(found.communeCode(), need).services();
        Set<Long> proposedIds = proposed.stream().map(ServiceOffer::id).collect(Collectors.toSet());
        List<ServiceOffer> others = need == null ? List.of()
                : directory.search(ServiceSearch.forNeed(need, found.communeCode())).stream()
                .filter(s -> !proposedIds.contains(s.id())).toList();
        var needs = Arrays.stream(ServiceType.values()).map(t -> new Choice(t.name(), ui.t(t.labelKey()))).toList();
        var urgencies = Arrays.stream(Urgency.values()).map(u -> new Choice(u.name(), ui.t(u.labelKey()))).toList();
        model.addAttribute("page", new CaseReferralsPage(frame.header(found, TAB), rows, needs, form, proposed, others,
                urgencies, errors, refusal, notice, stale, found.status() == CaseStatus.CLOSED));
        return "referral/case";
    }

    private static @Nullable ServiceType need(@Nullable String value) {
        return Arrays.stream(ServiceType.values()).filter(t -> t.name().equals(value)).findFirst().orElse(null);
    }

    private static @Nullable Long number(@Nullable String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "validation.format"));
            return null;
        }
    }

    private static @Nullable Urgency urgency(@Nullable String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(Urgency.values()).filter(u -> u.name().equals(value)).findFirst().orElseGet(() -> {
            problems.add(new FieldProblem("urgency", "validation.format"));
            return null;
        });
    }
}

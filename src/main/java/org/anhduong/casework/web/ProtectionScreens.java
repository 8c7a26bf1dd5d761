package org.anhduong.casework.web;

import org.anhduong.platform.web.FormFields;
import org.anhduong.casework.CaseFileTab;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseStatus;
import org.anhduong.casework.Incidents;
import org.anhduong.casework.NotifiedParty;
import org.anhduong.casework.OrderDecision;
import org.anhduong.casework.OrderIssuer;
import org.anhduong.casework.OrderRevocation;
import org.anhduong.casework.ProtectionOrder;
import org.anhduong.casework.ProtectionOrderDetails;
import org.anhduong.casework.ProtectionOrders;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ConflictException;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The case file's protection-orders tab: prohibitions of contact, recorded, edited (the decision) and revoked. */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class ProtectionScreens {

    static final String TAB = "protection";
    static final String VIEW = "casework/protection/orders";
    private static final String BASE = CaseFileScreens.PATH + "/{id:\\d+}/" + TAB;

    private final ProtectionOrders orders;
    private final CaseManagement cases;
    private final Incidents incidents;
    private final CaseFileHeaders headers;
    private final ProtectionRows rows;
    private final Labels labels;

    ProtectionScreens(ProtectionOrders orders, CaseManagement cases, Incidents incidents, CaseFileHeaders headers,
                      ProtectionRows rows, Labels labels) {
        this.orders = orders;
        this.cases = cases;
        this.incidents = incidents;
        this.headers = headers;
        this.rows = rows;
        this.labels = labels;
    }

    @GetMapping(BASE)
    String show(@PathVariable long id, @RequestParam(required = false) @Nullable Long edit, Model model) {
        ProtectionForm form = edit == null ? ProtectionForm.empty() : ProtectionForm.of(orders.find(id, edit));
        model.addAttribute("page", page(id, form, List.of(), null, (String) model.getAttribute(CaseFileScreens.NOTICE)));
        return VIEW;
    }

    @PostMapping(BASE)
    String save(@PathVariable long id, ProtectionForm form, Model model, RedirectAttributes redirect) {
        var values = new FormValues();
        var times = new DateTimeValues();
        var numbers = new FormFields();
        ProtectionOrderDetails details = details(form, values, times, numbers);
        try {
            throwIfAny(Stream.of(values.problems(), times.problems(), numbers.problems()).flatMap(List::stream).toList());
            if (form.orderId() == null) {
                orders.record(id, details);
            } else {
                orders.update(id, form.orderId(), form.version() == null ? -1 : form.version(), details);
            }
            redirect.addFlashAttribute(CaseFileScreens.NOTICE,
                    form.orderId() == null ? "casework.protection.recorded" : "casework.protection.updated");
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + TAB;
        } catch (InvalidInputException e) {
            model.addAttribute("page", page(id, form, e.problems(), null, null));
        } catch (ConflictException refused) {
            model.addAttribute("page", page(id, ProtectionForm.empty(), List.of(), alert(refused), null));
        }
        return VIEW;
    }

    @PostMapping(BASE + "/{orderId:\\d+}/revoke")
    String revoke(@PathVariable long id, @PathVariable long orderId, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect) {
        var days = new FormFields();
        // Each row's inputs carry the order's id, so that labels and error links stay unique on the page.
        var revocation = new OrderRevocation(days.day(form.get("revokedOn-" + orderId), "revokedOn"),
                form.get("reason-" + orderId));
        try {
            throwIfAny(days.problems());
            String version = form.get("version");
            orders.revoke(id, orderId, version == null || !version.matches("\\d{1,9}") ? -1 : Integer.parseInt(version),
                    revocation);
            redirect.addFlashAttribute(CaseFileScreens.NOTICE, "casework.protection.revokedNotice");
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + TAB;
        } catch (InvalidInputException e) {
            var problems = e.problems().stream()
                    .map(p -> new FieldProblem(p.field() + "-" + orderId, p.messageKey(), p.args())).toList();
            model.addAttribute("page", page(id, ProtectionForm.empty(), problems, null, null));
        } catch (ConflictException refused) {
            model.addAttribute("page", page(id, ProtectionForm.empty(), List.of(), alert(refused), null));
        }
        return VIEW;
    }

    /** The details typed, each value not understood left out and reported by its reader. */
    private static ProtectionOrderDetails details(ProtectionForm form, FormValues values, DateTimeValues times,
                                                  FormFields numbers) {
        var notified = EnumSet.noneOf(NotifiedParty.class);
        for (String party : form.notified() == null ? List.<String>of() : form.notified()) {
            NotifiedParty value = values.enumOf(NotifiedParty.class, party, "notified");
            if (value != null) {
                notified.add(value);
            }
        }
        return new ProtectionOrderDetails(values.enumOf(OrderIssuer.class, form.issuer(), "issuer"),
                times.at(form.requestedAt(), "requestedAt"), values.enumOf(OrderDecision.class, form.decision(), "decision"),
                times.at(form.decidedAt(), "decidedAt"), times.at(form.startsAt(), "startsAt"),
                times.at(form.endsAt(), "endsAt"), numbers.id(form.perpetratorId(), "perpetratorId"), notified,
                form.notifiedNote());
    }

    /** What to say of a refusal by conflict: the record changed since it was read, or why else. */
    private static String alert(ConflictException refused) {
        return "stale-version".equals(refused.code()) ? "casework.protection.stale" : refused.messageKey();
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private ProtectionPage page(long id, ProtectionForm form, List<FieldProblem> problems, @Nullable String alert,
                                @Nullable String notice) {
        List<ProtectionOrder> found = orders.list(id);
        CaseRecord record = cases.caseRecord(id);
        boolean closed = record.status() == CaseStatus.CLOSED;
        List<Choice> perpetrators = perpetrators(id);
        return new ProtectionPage(headers.of(record, TAB), found.stream().map(o -> rows.of(o, perpetrators, closed)).toList(),
                form, labels.choices(OrderIssuer.class), labels.choices(OrderDecision.class), perpetrators,
                labels.choices(NotifiedParty.class),
                FormErrors.of(problems, field -> field, p -> labels.text(p.messageKey(), p.args())), notice, alert,
                FormFields.shown(LocalDate.now(Ui.ZONE)), closed);
    }

    /** The case's incident perpetrators, described (never named), to choose the one an order concerns. */
    private List<Choice> perpetrators(long caseId) {
        List<Choice> choices = new ArrayList<>();
        int number = 0;
        for (var incident : incidents.list(caseId)) {
            number++;
            for (var perpetrator : incident.perpetrators()) {
                choices.add(new Choice(Long.toString(perpetrator.id()), labels.text("casework.protection.perpetratorLabel",
                        number, labels.of(perpetrator.details().relation()), labels.of(perpetrator.details().sex()))));
            }
        }
        return choices;
    }

    /** The tab, after the trafficking record. */
    @Configuration(proxyBeanMethods = false)
    static class Tab {

        @Bean
        CaseFileTab protectionTab() {
            return CaseFileTab.of(62, TAB, "casework.tab.protection");
        }
    }
}

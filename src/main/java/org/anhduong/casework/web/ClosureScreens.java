package org.anhduong.casework.web;

import org.anhduong.platform.web.FormFields;
import org.anhduong.casework.CaseFileTab;
import org.anhduong.casework.CaseClosure;
import org.anhduong.casework.CaseTransfers;
import org.anhduong.casework.ClosureReason;
import org.anhduong.casework.ClosureRequest;
import org.anhduong.casework.ConsentRequiredException;
import org.anhduong.casework.TransferRequest;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
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

import java.util.List;
import java.util.function.Supplier;

/**
 * The case file's closure and transfer tab: request, withdraw the request, approve or send back, reopen; transfer and
 * withdraw the transfer.
 */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class ClosureScreens {

    static final String TAB = "closure";
    static final String VIEW = "casework/closure/closure";
    private static final String BASE = CaseFileScreens.PATH + "/{id:\\d+}/" + TAB;

    private final CaseClosure closure;
    private final CaseTransfers transfers;
    private final ClosurePages pages;

    ClosureScreens(CaseClosure closure, CaseTransfers transfers, ClosurePages pages) {
        this.closure = closure;
        this.transfers = transfers;
        this.pages = pages;
    }

    @GetMapping(BASE)
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", pages.page(id, List.of(), null, (String) model.getAttribute(CaseFileScreens.NOTICE)));
        return VIEW;
    }

    @PostMapping(BASE)
    String close(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
                 @RequestParam(required = false) @Nullable String outcome, Model model, RedirectAttributes redirect) {
        var values = new FormValues();
        ClosureReason why = values.enumOf(ClosureReason.class, reason, "reason");
        return act(id, model, redirect, values.problems(), "reason", () -> {
            var done = closure.close(id, new ClosureRequest(why, outcome));
            return done.state().name().equals("PENDING") ? "casework.closure.requested" : "casework.closure.closed";
        });
    }

    @PostMapping(BASE + "/approve")
    String approve(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, List.of(), "reason", () -> {
            closure.approve(id);
            return "casework.closure.closed";
        });
    }

    @PostMapping(BASE + "/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) @Nullable String note, Model model,
                  RedirectAttributes redirect) {
        return act(id, model, redirect, List.of(), "reason", () -> {
            closure.sendBack(id, note == null ? "" : note);
            return "casework.closure.sentBack";
        });
    }

    @PostMapping(BASE + "/withdraw")
    String withdrawClosure(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, List.of(), "reason", () -> {
            closure.withdraw(id);
            return "casework.closure.withdrawn";
        });
    }

    @PostMapping(BASE + "/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) @Nullable String reopenReason, Model model,
                  RedirectAttributes redirect) {
        return act(id, model, redirect, List.of(), "reopenReason", () -> {
            closure.reopen(id, reopenReason == null ? "" : reopenReason);
            return "casework.closure.reopened";
        });
    }

    @PostMapping(BASE + "/transfer")
    String transfer(@PathVariable long id, @RequestParam(required = false) @Nullable String toOrganisationId,
                    @RequestParam(required = false) @Nullable String transferReason, Model model,
                    RedirectAttributes redirect) {
        var values = new FormFields();
        Long to = values.id(toOrganisationId, "toOrganisationId");
        List<FieldProblem> problems = to == null
                ? List.of(new FieldProblem("toOrganisationId", "validation.required")) : values.problems();
        return act(id, model, redirect, problems, "transferReason", () -> {
            transfers.request(id, new TransferRequest(to, transferReason == null ? "" : transferReason));
            return "casework.transfer.requested";
        });
    }

    @PostMapping(BASE + "/transfer/{transferId:\\d+}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long transferId, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, List.of(), "reason", () -> {
            transfers.withdraw(id, transferId);
            return "casework.transfer.withdrawn";
        });
    }

    /**
     * Runs the action and shows the tab again with a notice, or with the problems that refused it; a problem with the
     * field "reason" belongs to the form's {@code reasonInput} (the closure's, the reopening's or the transfer's).
     */
    private String act(long id, Model model, RedirectAttributes redirect, List<FieldProblem> problems,
                       String reasonInput, Supplier<String> action) {
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            redirect.addFlashAttribute(CaseFileScreens.NOTICE, action.get());
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + TAB;
        } catch (InvalidInputException e) {
            model.addAttribute("page", pages.page(id, e.problems().stream()
                    .map(p -> p.field().equals("reason") ? new FieldProblem(reasonInput, p.messageKey(), p.args()) : p)
                    .toList(),
                    null, null));
        } catch (ConsentRequiredException e) {
            model.addAttribute("page", pages.page(id, List.of(new FieldProblem("toOrganisationId",
                    e.reason().labelKey())), e.messageKey(), null));
        } catch (ConflictException e) {
            model.addAttribute("page", pages.page(id, List.of(), e.messageKey(), null));
        }
        return VIEW;
    }

    /** The closure and transfer tab, after the consents. */
    @Configuration(proxyBeanMethods = false)
    static class Tab {

        @Bean
        CaseFileTab closureTab() {
            return CaseFileTab.of(80, TAB, "casework.tab.closure");
        }
    }
}

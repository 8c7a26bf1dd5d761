package org.anhduong.casework.web;

import org.anhduong.casework.CaseClosure;
import org.anhduong.casework.CaseTransfers;
import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NavEntry;
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
import java.util.Map;
import java.util.stream.Collectors;

/** The supervisor's "waiting for me" page: closures to approve and transfers to accept or decline. */
@Controller
@PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
class DecisionScreens {

    static final String PATH = "/cases/decisions";
    static final String VIEW = "casework/closure/decisions";

    private final CaseClosure closure;
    private final CaseTransfers transfers;
    private final UserDirectory directory;
    private final Labels labels;

    DecisionScreens(CaseClosure closure, CaseTransfers transfers, UserDirectory directory, Labels labels) {
        this.closure = closure;
        this.transfers = transfers;
        this.directory = directory;
        this.labels = labels;
    }

    @GetMapping(PATH)
    String show(Model model) {
        model.addAttribute("page", page(List.of(), null, (String) model.getAttribute(CaseFileScreens.NOTICE)));
        return VIEW;
    }

    @PostMapping(PATH + "/transfers/{transferId:\\d+}/accept")
    String accept(@PathVariable long transferId, RedirectAttributes redirect) {
        long caseId = transfers.accept(transferId);
        redirect.addFlashAttribute(CaseFileScreens.NOTICE, "casework.transfer.accepted");
        return "redirect:" + CaseFileScreens.PATH + "/" + caseId;
    }

    @PostMapping(PATH + "/transfers/{transferId:\\d+}/decline")
    String decline(@PathVariable long transferId, @RequestParam Map<String, String> form, Model model,
                   RedirectAttributes redirect) {
        try {
            transfers.decline(transferId, form.getOrDefault("note-" + transferId, ""));
            redirect.addFlashAttribute(CaseFileScreens.NOTICE, "casework.transfer.declined");
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            var problems = e.problems().stream()
                    .map(p -> new FieldProblem("note-" + transferId, p.messageKey(), p.args())).toList();
            model.addAttribute("page", page(problems, null, null));
        } catch (ConflictException e) {
            model.addAttribute("page", page(List.of(), e.messageKey(), null));
        }
        return VIEW;
    }

    private DecisionsPage page(List<FieldProblem> problems, @Nullable String errorKey, @Nullable String notice) {
        Map<Long, String> names = directory.activeOrganisations().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        var closures = closure.pending().stream().map(c -> new DecisionsPage.ClosureRow(
                CaseFileScreens.PATH + "/" + c.caseId() + "/" + ClosureScreens.TAB, c.caseNumber(), c.survivorCode(),
                labels.of(c.type()), labels.of(c.reason()), c.requestedAt())).toList();
        var incoming = transfers.incoming().stream().map(t -> new DecisionsPage.TransferRow(t.transferId(),
                names.getOrDefault(t.fromOrganisationId(), "#" + t.fromOrganisationId()), t.survivorCode(),
                labels.of(t.type()), t.reason(), t.requestedAt())).toList();
        return new DecisionsPage(closures, incoming,
                FormErrors.of(problems, field -> field, p -> labels.text(p.messageKey(), p.args())),
                errorKey == null ? null : labels.text(errorKey), notice);
    }

    /** The page in the main navigation, for supervisors. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavEntry decisionsNav() {
            return new NavEntry(24, PATH, "nav.casework.decisions", java.util.Set.of(Roles.SUPERVISOR));
        }
    }
}

package org.anhduong.referral.web;

import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.Ui;
import org.anhduong.referral.ReferralAnswer;
import org.anhduong.referral.ReferralStep;
import org.anhduong.referral.Referrals;
import org.anhduong.referral.SharedReferral;
import org.jspecify.annotations.Nullable;
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

/** The partner's inbox: referrals to her organisation, each with only what was shared, and her answers. */
@Controller
@PreAuthorize("hasRole('" + Roles.PARTNER + "')")
class InboxScreens {

    static final String PATH = "/referrals/inbox";
    private static final String NOTICE = "notice";

    private final Referrals referrals;

    InboxScreens(Referrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping(PATH)
    String inbox(Model model) {
        model.addAttribute("page", new InboxPage(referrals.inbox()));
        return "referral/inbox";
    }

    @GetMapping(PATH + "/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        return page(model, id, Problems.none(), false, (String) model.getAttribute(NOTICE));
    }

    @PostMapping(PATH + "/{id:\\d+}/accept")
    String accept(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, Model model,
                  RedirectAttributes redirect) {
        return answer(id, model, redirect, "referral.inbox.accepted", () -> referrals.accept(id, version));
    }

    @PostMapping(PATH + "/{id:\\d+}/decline")
    String decline(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
                   @RequestParam(required = false) @Nullable String declineReason, Model model,
                   RedirectAttributes redirect) {
        return answer(id, model, redirect, "referral.inbox.declined",
                () -> referrals.decline(id, version, new ReferralAnswer(declineReason)), "declineReason");
    }

    @PostMapping(PATH + "/{id:\\d+}/complete")
    String complete(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
                    @RequestParam(required = false) @Nullable String feedback, Model model,
                    RedirectAttributes redirect) {
        return answer(id, model, redirect, "referral.inbox.completed",
                () -> referrals.complete(id, version, new ReferralAnswer(feedback)), "feedback");
    }

    private String answer(long id, Model model, RedirectAttributes redirect, String notice,
                          Supplier<SharedReferral> action, String... textField) {
        try {
            action.get();
            redirect.addFlashAttribute(NOTICE, notice);
            return "redirect:" + PATH + "/" + id;
        } catch (InvalidInputException e) {
            var problems = e.problems().stream().map(p -> new org.anhduong.platform.web.FieldProblem(
                    "text".equals(p.field()) && textField.length > 0 ? textField[0] : p.field(), p.messageKey(),
                    p.args())).toList();
            return page(model, id, Problems.of(problems, (Ui) model.getAttribute("ui")), false, null);
        } catch (ConflictException stale) {
            return page(model, id, Problems.none(), true, null);
        }
    }

    private String page(Model model, long id, Problems problems, boolean stale, @Nullable String notice) {
        model.addAttribute("page", new InboxItemPage(referrals.shared(id), referrals.history(id), problems, stale,
                notice));
        return "referral/inboxItem";
    }
}

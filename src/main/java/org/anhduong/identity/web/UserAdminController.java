package org.anhduong.identity.web;

import org.anhduong.identity.internal.IdentityAdministration;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administration of users: list, search, create, edit. Creating shows the temporary password once, in the response
 * to the POST itself. The name search is posted, not put in the URL: staff names are personal data.
 */
@Controller
@RequestMapping(UserAdminController.PATH)
class UserAdminController {

    static final String PATH = "/admin/users";
    private static final String LIST = "identity/users";
    private static final String FORM = "identity/userForm";

    private final IdentityAdministration administration;
    private final UserPages pages;

    UserAdminController(IdentityAdministration administration, UserPages pages) {
        this.administration = administration;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable Long organisationId, Model model) {
        model.addAttribute("page", pages.list(null, organisationId));
        return LIST;
    }

    @PostMapping("/search")
    String search(@RequestParam(required = false) @Nullable String q,
                  @RequestParam(required = false) @Nullable Long organisationId, Model model) {
        model.addAttribute("page", pages.list(q, organisationId));
        return LIST;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("page", pages.creating(UserForm.blank(), FieldErrors.NONE));
        return FORM;
    }

    @PostMapping
    String create(UserForm form, Model model) {
        try {
            var created = administration.createUser(form.input());
            String username = administration.user(created.id()).username();
            model.addAttribute("page", new SecretPage("user.created.title", username, created.temporaryPassword(),
                    "user.secret.note", PATH + "/" + created.id()));
            return UserActionsController.SECRET;
        } catch (InvalidInputException e) {
            model.addAttribute("page", pages.creating(form, pages.errors(e)));
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) @Nullable String done, Model model) {
        model.addAttribute("page", pages.editing(id, null, FieldErrors.NONE, false, notice(done)));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, UserForm form, Model model) {
        try {
            administration.updateUser(id, form.version() == null ? -1 : form.version(), form.input());
            return "redirect:" + PATH + "/" + id + "?done=saved";
        } catch (InvalidInputException e) {
            model.addAttribute("page", pages.editing(id, form, pages.errors(e), false, null));
        } catch (ConflictException e) {
            model.addAttribute("page", pages.editing(id, form, FieldErrors.NONE, true, null));
        }
        return FORM;
    }

    /** The outcome of the previous request arrives as a fixed word; anything else is ignored. */
    private static @Nullable String notice(@Nullable String done) {
        return switch (done == null ? "" : done) {
            case "saved" -> "identity.form.saved";
            case "locked" -> "user.notice.locked";
            case "unlocked" -> "user.notice.unlocked";
            default -> null;
        };
    }
}

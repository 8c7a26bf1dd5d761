package org.anhduong.referral.web;

import org.anhduong.casework.EspSector;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.Ui;
import org.anhduong.referral.Eligibility;
import org.anhduong.referral.PublicField;
import org.anhduong.referral.ServiceDirectory;
import org.anhduong.referral.ServiceOffer;
import org.anhduong.referral.ServiceSearch;
import org.anhduong.referral.ServiceType;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;

/** The service directory: search for every staff role; adding and editing services for administrators. */
@Controller
class DirectoryScreens {

    static final String PATH = "/referrals/services";
    private static final String ADMIN = "hasRole('" + Roles.ADMINISTRATOR + "')";
    private static final String NOTICE = "notice";

    private final ServiceDirectory directory;
    private final UserDirectory users;

    DirectoryScreens(ServiceDirectory directory, UserDirectory users) {
        this.directory = directory;
        this.users = users;
    }

    @GetMapping(PATH)
    String search(@RequestParam(required = false) @Nullable String need,
                  @RequestParam(required = false) @Nullable String sector,
                  @RequestParam(required = false) @Nullable String commune,
                  @RequestParam(required = false) @Nullable String q, Model model) {
        Ui ui = (Ui) model.getAttribute("ui");
        var search = new ServiceSearch(enumOf(ServiceType.class, need), enumOf(EspSector.class, sector),
                blankToNull(commune), blankToNull(q), ui.hasRole(Roles.ADMINISTRATOR));
        model.addAttribute("page", new DirectoryPage(directory.search(search), choices(ui, ServiceType.values()),
                sectors(ui), text(need), text(sector), text(commune), text(q), (String) model.getAttribute(NOTICE)));
        return "referral/directory";
    }

    @GetMapping(PATH + "/new")
    @org.springframework.security.access.prepost.PreAuthorize(ADMIN)
    String create(Model model) {
        return form(model, null, ServiceForm.empty(), Problems.none(), false);
    }

    @PostMapping(PATH + "/new")
    @PreAuthorize(ADMIN)
    String add(ServiceForm form, Model model, RedirectAttributes redirect) {
        try {
            directory.create(form.details());
            redirect.addFlashAttribute(NOTICE, "referral.service.saved");
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            return form(model, null, form, Problems.of(e.problems(), (Ui) model.getAttribute("ui")), false);
        }
    }

    @GetMapping(PATH + "/{id:\\d+}")
    @PreAuthorize(ADMIN)
    String edit(@PathVariable long id, Model model) {
        return form(model, id, ServiceForm.of(directory.find(id)), Problems.none(), false);
    }

    @PostMapping(PATH + "/{id:\\d+}")
    @PreAuthorize(ADMIN)
    String save(@PathVariable long id, ServiceForm form, Model model, RedirectAttributes redirect) {
        try {
            directory.update(id, form.version() == null ? -1 : form.version(), form.details());
            redirect.addFlashAttribute(NOTICE, "referral.service.saved");
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            return form(model, id, form, Problems.of(e.problems(), (Ui) model.getAttribute("ui")), false);
        } catch (ConflictException stale) {
            return form(model, id, ServiceForm.of(directory.find(id)), Problems.none(), true);
        }
    }

    private String form(Model model, @Nullable Long id, ServiceForm form, Problems errors, boolean stale) {
        Ui ui = (Ui) model.getAttribute("ui");
        var organisations = users.activeOrganisations().stream()
                .map(o -> new Choice(String.valueOf(o.id()), o.name())).toList();
        model.addAttribute("page", new ServicePage(id, form, organisations, choices(ui, ServiceType.values()),
                choices(ui, Eligibility.values()), choices(ui, PublicField.values()), errors, stale));
        return "referral/service";
    }

    private static List<Choice> sectors(Ui ui) {
        return Arrays.stream(EspSector.values()).map(s -> new Choice(s.name(), ui.t("referral.sector." + s.name())))
                .toList();
    }

    private static List<Choice> choices(Ui ui, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), ui.t(labelKey(v)))).toList();
    }

    private static String labelKey(Enum<?> value) {
        return switch (value) {
            case ServiceType t -> t.labelKey();
            case Eligibility e -> e.labelKey();
            case PublicField f -> f.labelKey();
            default -> value.name();
        };
    }

    private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}

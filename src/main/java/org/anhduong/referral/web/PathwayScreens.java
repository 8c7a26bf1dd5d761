package org.anhduong.referral.web;

import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.Ui;
import org.anhduong.referral.Pathway;
import org.anhduong.referral.ServiceDirectory;
import org.anhduong.referral.ServiceOffer;
import org.anhduong.referral.ServiceSearch;
import org.anhduong.referral.ServiceType;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Referral pathways, for administrators: every saved one, and one edited at a time (scope and service type). */
@Controller
@PreAuthorize("hasRole('" + Roles.ADMINISTRATOR + "')")
class PathwayScreens {

    static final String PATH = "/referrals/pathways";
    static final int STEPS = 5;
    private static final String NOTICE = "notice";

    private final ServiceDirectory directory;

    PathwayScreens(ServiceDirectory directory) {
        this.directory = directory;
    }

    @GetMapping(PATH)
    String show(@RequestParam(required = false) @Nullable String scope,
                @RequestParam(required = false) @Nullable String type, Model model) {
        return page(model, scope, type, Problems.none(), false, (String) model.getAttribute(NOTICE));
    }

    @PostMapping(PATH)
    String save(@RequestParam String scope, @RequestParam String type, @RequestParam(defaultValue = "0") int version,
                @RequestParam(required = false) @Nullable List<String> step, Model model,
                RedirectAttributes redirect) {
        ServiceType serviceType = type(type);
        if (serviceType == null) {
            return page(model, scope, null, Problems.none(), false, null);
        }
        List<Long> ids = new ArrayList<>();
        for (String value : step == null ? List.<String>of() : step) {
            if (value != null && value.matches("\\d{1,18}")) {
                ids.add(Long.parseLong(value));
            }
        }
        try {
            directory.savePathway(scope.strip(), serviceType, version, ids);
            redirect.addFlashAttribute(NOTICE, "referral.pathways.saved");
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            return page(model, scope, type, Problems.of(e.problems(), (Ui) model.getAttribute("ui")), false, null);
        } catch (ConflictException stale) {
            return page(model, scope, type, Problems.none(), true, null);
        }
    }

    private String page(Model model, @Nullable String scope, @Nullable String type, Problems errors, boolean stale,
                        @Nullable String notice) {
        Ui ui = (Ui) model.getAttribute("ui");
        ServiceType serviceType = type(type);
        String shownScope = scope == null || scope.isBlank() ? Pathway.PROVINCE : scope.strip();
        PathwayEditing editing = null;
        if (serviceType != null) {
            Pathway current = directory.pathways().stream()
                    .filter(p -> p.scope().equals(shownScope) && p.serviceType() == serviceType).findFirst()
                    .orElse(new Pathway(shownScope, serviceType, 0, List.of()));
            var candidates = directory.search(new ServiceSearch(serviceType, null, null, null, false)).stream()
                    .map(s -> new Choice(String.valueOf(s.id()), s.name() + " — " + s.organisationName())).toList();
            var chosen = new ArrayList<>(current.services().stream().map(ServiceOffer::id).map(String::valueOf).toList());
            while (chosen.size() < STEPS) {
                chosen.add("");
            }
            editing = new PathwayEditing(current, candidates, chosen);
        }
        var types = Arrays.stream(ServiceType.values()).map(t -> new Choice(t.name(), ui.t(t.labelKey()))).toList();
        model.addAttribute("page", new PathwaysPage(directory.pathways(), types, shownScope,
                serviceType == null ? "" : serviceType.name(), editing, errors, stale, notice));
        return "referral/pathways";
    }

    private static @Nullable ServiceType type(@Nullable String value) {
        return Arrays.stream(ServiceType.values()).filter(t -> Objects.equals(t.name(), value)).findFirst()
                .orElse(null);
    }
}

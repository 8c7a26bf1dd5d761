package org.anhduong.programme.web;

import org.anhduong.geography.Localities;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.FormFields;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.programme.Activity;
import org.anhduong.programme.Campaign;
import org.anhduong.programme.CampaignDetails;
import org.anhduong.programme.CampaignKind;
import org.anhduong.programme.CodeList;
import org.anhduong.programme.Participants;
import org.anhduong.programme.ProgrammeActivities;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Campaigns: the list and a campaign's results for readers, the form of a new one for editors. */
@Controller
class CampaignScreens {

    static final String PATH = ProgrammeScreens.PATH + "/campaigns";

    /**
     * How far around its days a campaign page looks for the activities linked to it: preparations and follow-ups are
     * linked too, but an unbounded search would read every activity ever recorded.
     */
    private static final int LINKED_YEARS = 1;

    private final ProgrammeActivities activities;
    private final Localities localities;
    private final ScreenSupport support;
    private final Clock clock;

    CampaignScreens(ProgrammeActivities activities, Localities localities, ScreenSupport support, Clock clock) {
        this.activities = activities;
        this.localities = localities;
        this.support = support;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String list(Model model) {
        Map<Long, Long> linked = activities.campaignActivityCounts();
        var rows = activities.campaigns().stream().map(c -> new CampaignListPage.CampaignRow(c.id(), c.name(),
                kind(c.kind()), c.startsOn().getYear(), FormFields.shown(c.startsOn()), FormFields.shown(c.endsOn()),
                linked.getOrDefault(c.id(), 0L))).toList();
        model.addAttribute("page", new CampaignListPage(rows, ScreenSupport.has(ProgrammeNavigation.EDITORS),
                (String) model.getAttribute(ScreenSupport.NOTICE)));
        return "programme/campaigns";
    }

    @GetMapping(PATH + "/new")
    String blank(Model model) {
        ScreenSupport.requireEditor();
        int year = LocalDate.now(clock.withZone(org.anhduong.platform.web.Ui.ZONE)).getYear();
        model.addAttribute("page", page(CampaignForm.blank(year), FormErrors.NONE));
        return "programme/campaignForm";
    }

    @PostMapping(PATH + "/new")
    String create(CampaignForm form, Model model, RedirectAttributes redirect) {
        ScreenSupport.requireEditor();
        try {
            Campaign created = activities.createCampaign(details(form));
            redirect.addFlashAttribute(ScreenSupport.NOTICE, "programme.saved");
            return "redirect:" + PATH + "/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("page", page(form, support.errors(e.problems())));
            return "programme/campaignForm";
        }
    }

    @GetMapping(PATH + "/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        var summary = activities.campaignSummary(id, null);
        Campaign c = summary.campaign();
        var linked = activities.activities(c.startsOn().minusYears(LINKED_YEARS), c.endsOn().plusYears(LINKED_YEARS),
                null).stream().filter(a -> a.campaignId() != null && a.campaignId() == id).map(this::row).toList();
        model.addAttribute("page", new CampaignPage(summary, kind(c.kind()), FormFields.shown(c.startsOn()),
                FormFields.shown(c.endsOn()), linked, (String) model.getAttribute(ScreenSupport.NOTICE)));
        return "programme/campaign";
    }

    private CampaignDetails details(CampaignForm form) {
        var fields = new FormFields();
        LocalDate starts = fields.day(form.startsOn(), "startsOn");
        LocalDate ends = fields.day(form.endsOn(), "endsOn");
        var problems = new ArrayList<FieldProblem>(fields.problems());
        Integer year = null;
        if (form.year() != null && !form.year().isBlank()) {
            try {
                year = Integer.valueOf(form.year().strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("year", "programme.campaign.year"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CampaignKind kind = Arrays.stream(CampaignKind.values()).filter(k -> k.name().equals(form.kind()))
                .findFirst().orElse(null);
        String name = form.name() == null || form.name().isBlank() ? null : form.name();
        return new CampaignDetails(kind, year, name, starts, ends);
    }

    private CampaignFormPage page(CampaignForm form, FormErrors errors) {
        List<Choice> kinds = Arrays.stream(CampaignKind.values()).map(k -> new Choice(k.name(), kind(k))).toList();
        return new CampaignFormPage(form, kinds, errors);
    }

    private String kind(CampaignKind kind) {
        return support.text("programme.campaign.kind." + kind.name());
    }

    private ActivityListPage.ActivityRow row(Activity a) {
        Participants p = a.participants();
        return new ActivityListPage.ActivityRow(a.id(), FormFields.shown(a.heldOn()),
                support.codeName(CodeList.ACTIVITY_KIND, a.kind()), commune(a.communeCode()),
                p.female(), p.male(), p.otherOrUnknown(), p.total());
    }

    private String commune(@Nullable String code) {
        return code == null ? "" : localities.find(code).map(l -> l.name()).orElse("");
    }
}

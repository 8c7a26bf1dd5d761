package org.anhduong.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.platform.web.Versions;
import org.anhduong.programme.Activity;
import org.anhduong.programme.ActivityDetails;
import org.anhduong.programme.Campaign;
import org.anhduong.programme.CampaignDetails;
import org.anhduong.programme.CampaignSummary;
import org.anhduong.programme.ProgrammeActivities;
import org.anhduong.programme.Training;
import org.anhduong.programme.TrainingDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping(ModelApi.PATH)
@Tag(name = "Programme activities", description = "Activities (participants counted by sex, age group and role "
        + "where known, reach for media), trainings (trainees by sex, level, optional pre/post-test averages) and "
        + "campaigns (the Action Month 15/11–15/12 and 25/11 each year, or one-off). Same roles as the models. "
        + "Changes need If-Match (428 without, 409 `stale-version`).")
class ActivityApi {

    private final ProgrammeActivities activities;

    ActivityApi(ProgrammeActivities activities) {
        this.activities = activities;
    }

    @GetMapping("/activities")
    @Operation(summary = "Activities held from `from` to `to` (both included), latest first; of one model if given")
    List<Activity> activities(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(required = false) @Nullable Long modelId) {
        return activities.activities(from, to, modelId);
    }

    @PostMapping("/activities")
    @Operation(summary = "Record an activity", description = "`kind` is a code of the ACTIVITY_KIND list.")
    ResponseEntity<Activity> createActivity(@RequestBody ActivityDetails details) {
        Activity created = activities.createActivity(details);
        return Versions.created(ModelApi.PATH + "/activities/" + created.id(), created.version(), created);
    }

    @GetMapping("/activities/{id}")
    @Operation(summary = "One activity")
    ResponseEntity<Activity> activity(@PathVariable long id) {
        Activity found = activities.activity(id);
        return Versions.ok(found.version(), found);
    }

    @PutMapping("/activities/{id}")
    @Operation(summary = "Replace an activity")
    ResponseEntity<Activity> replaceActivity(@PathVariable long id, @RequestBody ActivityDetails details,
                                             @RequestHeader(name = Versions.IF_MATCH, required = false)
                                             @Nullable String ifMatch) {
        Activity saved = activities.updateActivity(id, Versions.fromIfMatch(ifMatch, "programme"), details);
        return Versions.ok(saved.version(), saved);
    }

    @GetMapping("/trainings")
    @Operation(summary = "Trainings starting from `from` to `to` (both included), latest first")
    List<Training> trainings(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return activities.trainings(from, to);
    }

    @PostMapping("/trainings")
    @Operation(summary = "Record a training", description = "`topic` is a code of the TRAINING_TOPIC list.")
    ResponseEntity<Training> createTraining(@RequestBody TrainingDetails details) {
        Training created = activities.createTraining(details);
        return Versions.created(ModelApi.PATH + "/trainings/" + created.id(), created.version(), created);
    }

    @GetMapping("/trainings/{id}")
    @Operation(summary = "One training")
    ResponseEntity<Training> training(@PathVariable long id) {
        Training found = activities.training(id);
        return Versions.ok(found.version(), found);
    }

    @PutMapping("/trainings/{id}")
    @Operation(summary = "Replace a training")
    ResponseEntity<Training> replaceTraining(@PathVariable long id, @RequestBody TrainingDetails details,
                                             @RequestHeader(name = Versions.IF_MATCH, required = false)
                                             @Nullable String ifMatch) {
        Training saved = activities.updateTraining(id, Versions.fromIfMatch(ifMatch, "programme"), details);
        return Versions.ok(saved.version(), saved);
    }

    @GetMapping("/campaigns")
    @Operation(summary = "Every campaign, latest first")
    List<Campaign> campaigns() {
        return activities.campaigns();
    }

    @PostMapping("/campaigns")
    @Operation(summary = "Record a campaign", description = "A recurring kind (ACTION_MONTH, ELIMINATION_DAY) takes "
            + "`year` and gets its dates from the kind; OTHER takes `startsOn` and `endsOn`.")
    ResponseEntity<Campaign> createCampaign(@RequestBody CampaignDetails details) {
        Campaign created = activities.createCampaign(details);
        return Versions.created(ModelApi.PATH + "/campaigns/" + created.id(), created.version(), created);
    }

    @GetMapping("/campaigns/{id}")
    @Operation(summary = "One campaign")
    ResponseEntity<Campaign> campaign(@PathVariable long id) {
        Campaign found = activities.campaign(id);
        return Versions.ok(found.version(), found);
    }

    @PutMapping("/campaigns/{id}")
    @Operation(summary = "Replace a campaign")
    ResponseEntity<Campaign> replaceCampaign(@PathVariable long id, @RequestBody CampaignDetails details,
                                             @RequestHeader(name = Versions.IF_MATCH, required = false)
                                             @Nullable String ifMatch) {
        Campaign saved = activities.updateCampaign(id, Versions.fromIfMatch(ifMatch, "programme"), details);
        return Versions.ok(saved.version(), saved);
    }

    @GetMapping("/campaigns/{id}/summary")
    @Operation(summary = "What was linked to the campaign, and the programme summary of its days")
    CampaignSummary campaignSummary(@PathVariable long id, @RequestParam(required = false) @Nullable String communeCode) {
        return activities.campaignSummary(id, communeCode);
    }
}

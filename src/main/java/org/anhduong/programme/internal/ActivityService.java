package org.anhduong.programme.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.NotFoundException;
import org.anhduong.programme.Activity;
import org.anhduong.programme.ActivityDetails;
import org.anhduong.programme.Campaign;
import org.anhduong.programme.CampaignDetails;
import org.anhduong.programme.CampaignSummary;
import org.anhduong.programme.ProgrammeActivities;
import org.anhduong.programme.Training;
import org.anhduong.programme.TrainingDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Activities, trainings and campaigns (see {@link ProgrammeActivities}). */
@Service
class ActivityService implements ProgrammeActivities {

    static final String ACTIVITY = "programme-activity";
    static final String TRAINING = "programme-training";
    static final String CAMPAIGN = "programme-campaign";

    private final Activities activities;
    private final Trainings trainings;
    private final Campaigns campaigns;
    private final ActivityRules rules;
    private final SummaryCounter counter;
    private final ProgrammeAccess access;
    private final AuditTrail audit;
    private final ProgrammeTransactions tx;
    private final Clock clock;

    ActivityService(Activities activities, Trainings trainings, Campaigns campaigns, ActivityRules rules,
                    SummaryCounter counter, ProgrammeAccess access, AuditTrail audit, ProgrammeTransactions tx,
                    Clock clock) {
        this.activities = activities;
        this.trainings = trainings;
        this.campaigns = campaigns;
        this.rules = rules;
        this.counter = counter;
        this.access = access;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Activity createActivity(ActivityDetails details) {
        UserPrincipal user = access.editor("programme.activity.create", ACTIVITY, null);
        ActivityDetails valid = rules.checked(details);
        return tx.run(() -> {
            long id = activities.insert(valid, user.userId(), now());
            audit.record(AuditEntry.success("programme.activity.create", ACTIVITY, id));
            return activities.find(id).orElseThrow();
        });
    }

    @Override
    public Activity updateActivity(long id, int version, ActivityDetails details) {
        UserPrincipal user = access.editor("programme.activity.update", ACTIVITY, id);
        ActivityDetails valid = rules.checked(details);
        return tx.run(() -> {
            changed(activities.find(id).isPresent(), ACTIVITY,
                    () -> activities.update(id, version, valid, user.userId(), now()));
            audit.record(AuditEntry.success("programme.activity.update", ACTIVITY, id));
            return activities.find(id).orElseThrow();
        });
    }

    @Override
    public Activity activity(long id) {
        access.reader("programme.activity.read", ACTIVITY, id);
        return activities.find(id).orElseThrow(() -> new NotFoundException(ACTIVITY));
    }

    @Override
    public List<Activity> activities(LocalDate from, LocalDate to, @Nullable Long modelId) {
        access.reader("programme.activity.list", ACTIVITY, null);
        return activities.heldBetween(from, to, modelId);
    }

    @Override
    public Training createTraining(TrainingDetails details) {
        UserPrincipal user = access.editor("programme.training.create", TRAINING, null);
        TrainingDetails valid = rules.checked(details);
        return tx.run(() -> {
            long id = trainings.insert(valid, user.userId(), now());
            audit.record(AuditEntry.success("programme.training.create", TRAINING, id));
            return trainings.find(id).orElseThrow();
        });
    }

    @Override
    public Training updateTraining(long id, int version, TrainingDetails details) {
        UserPrincipal user = access.editor("programme.training.update", TRAINING, id);
        TrainingDetails valid = rules.checked(details);
        return tx.run(() -> {
            changed(trainings.find(id).isPresent(), TRAINING,
                    () -> trainings.update(id, version, valid, user.userId(), now()));
            audit.record(AuditEntry.success("programme.training.update", TRAINING, id));
            return trainings.find(id).orElseThrow();
        });
    }

    @Override
    public Training training(long id) {
        access.reader("programme.training.read", TRAINING, id);
        return trainings.find(id).orElseThrow(() -> new NotFoundException(TRAINING));
    }

    @Override
    public List<Training> trainings(LocalDate from, LocalDate to) {
        access.reader("programme.training.list", TRAINING, null);
        return trainings.startingBetween(from, to);
    }

    @Override
    public Campaign createCampaign(CampaignDetails details) {
        UserPrincipal user = access.editor("programme.campaign.create", CAMPAIGN, null);
        Campaign valid = ActivityRules.checked(0, 1, details);
        return tx.run(() -> {
            long id = campaigns.insert(valid, user.userId(), now());
            audit.record(AuditEntry.success("programme.campaign.create", CAMPAIGN, id));
            return campaigns.find(id).orElseThrow();
        });
    }

    @Override
    public Campaign updateCampaign(long id, int version, CampaignDetails details) {
        UserPrincipal user = access.editor("programme.campaign.update", CAMPAIGN, id);
        Campaign valid = ActivityRules.checked(id, version, details);
        return tx.run(() -> {
            changed(campaigns.exists(id), CAMPAIGN, () -> campaigns.update(id, version, valid, user.userId(), now()));
            audit.record(AuditEntry.success("programme.campaign.update", CAMPAIGN, id));
            return campaigns.find(id).orElseThrow();
        });
    }

    @Override
    public Campaign campaign(long id) {
        access.reader("programme.campaign.read", CAMPAIGN, id);
        return campaigns.find(id).orElseThrow(() -> new NotFoundException(CAMPAIGN));
    }

    @Override
    public List<Campaign> campaigns() {
        access.reader("programme.campaign.list", CAMPAIGN, null);
        return campaigns.all();
    }

    @Override
    public Map<Long, Long> campaignActivityCounts() {
        access.reader("programme.campaign.list", CAMPAIGN, null);
        return Map.copyOf(campaigns.linkedActivityCounts());
    }

    @Override
    public CampaignSummary campaignSummary(long id, @Nullable String communeCode) {
        Campaign campaign = campaign(id);
        long[] linked = campaigns.linkedActivities(id);
        return new CampaignSummary(campaign, linked[0], Campaigns.participants(linked), campaigns.linkedTrainings(id),
                counter.summary(campaign.startsOn(), campaign.endsOn(), communeCode));
    }

    /** A missing record is "not found"; one whose version moved on since is a conflict. */
    private static void changed(boolean exists, String type, BooleanSupplier update) {
        if (!exists) {
            throw new NotFoundException(type);
        }
        if (!update.getAsBoolean()) {
            throw ConflictException.staleVersion();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

package org.anhduong.programme;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Activities, trainings and campaigns. Same roles as {@link ProgrammeRegistry}. Audit (record types
 * {@code programme-activity}, {@code programme-training}, {@code programme-campaign}): {@code programme.activity.create},
 * {@code programme.activity.update}, and the same for {@code training} and {@code campaign}.
 */
public interface ProgrammeActivities {

    /** @throws InvalidInputException naming every bad field (unknown kind, model, campaign or commune…) */
    Activity createActivity(ActivityDetails details);

    /** @throws ConflictException {@code stale-version} */
    Activity updateActivity(long id, int version, ActivityDetails details);

    /** @throws NotFoundException when there is none */
    Activity activity(long id);

    /** Activities held in the period, latest first; of one model when {@code modelId} is given. */
    List<Activity> activities(LocalDate from, LocalDate to, @Nullable Long modelId);

    Training createTraining(TrainingDetails details);

    Training updateTraining(long id, int version, TrainingDetails details);

    Training training(long id);

    /** Trainings starting in the period, latest first. */
    List<Training> trainings(LocalDate from, LocalDate to);

    Campaign createCampaign(CampaignDetails details);

    Campaign updateCampaign(long id, int version, CampaignDetails details);

    Campaign campaign(long id);

    /** Every campaign, latest first. */
    List<Campaign> campaigns();

    /**
     * How many activities are linked to each campaign, by campaign id; campaigns with none are left out. Counts every
     * linked activity, whenever it was held (as {@link CampaignSummary#activities()} does).
     */
    Map<Long, Long> campaignActivityCounts();

    /** What was linked to the campaign and the summary of its days, for a commune or (null) the province. */
    CampaignSummary campaignSummary(long id, @Nullable String communeCode);
}

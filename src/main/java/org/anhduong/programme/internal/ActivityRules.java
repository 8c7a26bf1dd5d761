package org.anhduong.programme.internal;

import org.anhduong.geography.Localities;
import org.anhduong.programme.ActivityDetails;
import org.anhduong.programme.AgeGroup;
import org.anhduong.programme.Campaign;
import org.anhduong.programme.CampaignDetails;
import org.anhduong.programme.CampaignKind;
import org.anhduong.programme.CodeList;
import org.anhduong.programme.ParticipantRole;
import org.anhduong.programme.Participants;
import org.anhduong.programme.TrainingDetails;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** What activities, trainings and campaigns must be; every problem reported at once. */
@org.springframework.stereotype.Component
class ActivityRules {

    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    private final Codes codes;
    private final Models models;
    private final Campaigns campaigns;
    private final Localities localities;

    ActivityRules(Codes codes, Models models, Campaigns campaigns, Localities localities) {
        this.codes = codes;
        this.models = models;
        this.campaigns = campaigns;
        this.localities = localities;
    }

    ActivityDetails checked(ActivityDetails d) {
        var checks = new Checks();
        code(checks, "kind", d.kind(), CodeList.ACTIVITY_KIND);
        checks.required("heldOn", d.heldOn());
        links(checks, d.modelId(), d.campaignId());
        Participants people = checks.participants("participants", d.participants());
        Map<AgeGroup, Integer> ages = checks.groups("ageGroups", d.ageGroups(), AgeGroup.class, people);
        Map<ParticipantRole, Integer> roles = checks.groups("roles", d.roles(), ParticipantRole.class, people);
        checks.count("reach", d.reach());
        var valid = new ActivityDetails(d.kind(), d.heldOn(), d.modelId(), d.campaignId(),
                checks.commune("communeCode", d.communeCode(), localities),
                checks.text("organiser", d.organiser(), Checks.MAX_NAME),
                checks.text("description", d.description(), Checks.MAX_TEXT), people, ages, roles, d.reach());
        checks.throwIfAny();
        return valid;
    }

    TrainingDetails checked(TrainingDetails d) {
        var checks = new Checks();
        code(checks, "topic", d.topic(), CodeList.TRAINING_TOPIC);
        checks.required("level", d.level());
        checks.required("startsOn", d.startsOn());
        LocalDate ends = d.endsOn() == null ? d.startsOn() : d.endsOn();
        checks.order("endsOn", d.startsOn(), ends);
        links(checks, d.modelId(), d.campaignId());
        Participants people = checks.participants("participants", d.participants());
        Map<AgeGroup, Integer> ages = checks.groups("ageGroups", d.ageGroups(), AgeGroup.class, people);
        Map<ParticipantRole, Integer> roles = checks.groups("roles", d.roles(), ParticipantRole.class, people);
        score(checks, "preTest", d.preTest());
        score(checks, "postTest", d.postTest());
        var valid = new TrainingDetails(d.topic(), d.level(), d.startsOn(), ends, d.modelId(), d.campaignId(),
                checks.commune("communeCode", d.communeCode(), localities),
                checks.text("trainer", d.trainer(), Checks.MAX_NAME), people, ages, roles, d.preTest(),
                d.postTest());
        checks.throwIfAny();
        return valid;
    }

    /** The campaign to store: a recurring kind's dates in the year, or a one-off's own dates. */
    static Campaign checked(long id, int version, CampaignDetails d) {
        var checks = new Checks();
        CampaignKind kind = checks.required("kind", d.kind());
        LocalDate starts = d.startsOn();
        LocalDate ends = d.endsOn();
        if (kind != null && kind.recurring()) {
            Integer year = checks.required("year", d.year());
            if (year != null && (year < 1990 || year > 2100)) {
                checks.add("year", "programme.campaign.year");
            } else if (year != null) {
                starts = kind.startIn(year);
                ends = kind.endIn(year);
            }
        } else if (kind != null) {
            checks.required("startsOn", starts);
            checks.required("endsOn", ends);
            checks.order("endsOn", starts, ends);
        }
        String name = checks.text("name", d.name(), Checks.MAX_NAME);
        if (name == null && kind != null && kind.recurring() && starts != null) {
            name = defaultName(kind, starts.getYear());
        }
        checks.required("name", name);
        checks.throwIfAny();
        return new Campaign(id, version, kind, name, starts, ends);
    }

    private static String defaultName(CampaignKind kind, int year) {
        return switch (kind) {
            case ACTION_MONTH -> "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới "
                    + year;
            case ELIMINATION_DAY -> "Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ 25/11/" + year;
            case OTHER -> "";
        };
    }

    private void code(Checks checks, String field, @Nullable String code, CodeList list) {
        if (checks.required(field, code) != null && !codes.exists(list, code)) {
            checks.add(field, "programme.code.unknown");
        }
    }

    private void links(Checks checks, @Nullable Long modelId, @Nullable Long campaignId) {
        if (modelId != null && !models.exists(modelId)) {
            checks.add("modelId", "programme.model.unknown");
        }
        if (campaignId != null && !campaigns.exists(campaignId)) {
            checks.add("campaignId", "programme.campaign.unknown");
        }
    }

    private static void score(Checks checks, String field, @Nullable BigDecimal score) {
        if (score != null && (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0 || score.scale() > 2)) {
            checks.add(field, "programme.training.score");
        }
    }
}

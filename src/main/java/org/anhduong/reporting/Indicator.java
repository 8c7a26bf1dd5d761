package org.anhduong.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.anhduong.reporting.Dimension.ACTIVITY_KIND;
import static org.anhduong.reporting.Dimension.AGE_GROUP;
import static org.anhduong.reporting.Dimension.CASE_TYPE;
import static org.anhduong.reporting.Dimension.CATEGORY;
import static org.anhduong.reporting.Dimension.CHANNEL;
import static org.anhduong.reporting.Dimension.COMMUNE;
import static org.anhduong.reporting.Dimension.CONTEXT;
import static org.anhduong.reporting.Dimension.DIRECTION;
import static org.anhduong.reporting.Dimension.GBVIMS_TYPE;
import static org.anhduong.reporting.Dimension.LINE;
import static org.anhduong.reporting.Dimension.MODEL_STATUS;
import static org.anhduong.reporting.Dimension.SECTOR;
import static org.anhduong.reporting.Dimension.SEX;
import static org.anhduong.reporting.Dimension.TRAINING_TOPIC;
import static org.anhduong.reporting.Dimension.TYPE;
import static org.anhduong.reporting.Dimension.URGENCY;

/**
 * The indicator catalogue. Keys are stable: reports, exports and API clients rely on them, so a key is never renamed
 * or reused; a changed rule gets a new key. Names, definitions and counting rules are in the bundle
 * {@code messages/reporting} under {@code reporting.indicator.<key>.name|definition|rule}.
 *
 * <p>A <em>stock</em> indicator is counted on the period's last day (who is there); the others count what happened
 * within the period.
 */
public enum Indicator {
    CONTACTS_TOTAL("contacts.total", Section.CONTACTS, false, TYPE, CHANNEL, DIRECTION, LINE, CATEGORY, URGENCY,
            COMMUNE),
    CONTACTS_GBV_RELATED("contacts.gbvRelated", Section.CONTACTS, false, TYPE, CHANNEL, LINE, URGENCY, COMMUNE),
    CASES_OPENED("cases.opened", Section.CASES, false, CASE_TYPE, GBVIMS_TYPE, CONTEXT, SEX, AGE_GROUP, COMMUNE),
    CASES_CLOSED("cases.closed", Section.CASES, false, CASE_TYPE, GBVIMS_TYPE, CONTEXT, SEX, AGE_GROUP, COMMUNE),
    CASES_ACTIVE("cases.active", Section.CASES, true, CASE_TYPE, GBVIMS_TYPE, CONTEXT, SEX, AGE_GROUP, COMMUNE),
    COUNSELLING_DIRECT_CASES("counselling.directCases", Section.CASES, false),
    INTAKE_FROM_111("intake.fromNationalHotline111", Section.CASES, false),
    EMERGENCY_CASES("emergency.cases", Section.EMERGENCY_AND_SHELTER, false),
    EMERGENCY_PERSONS("emergency.persons", Section.EMERGENCY_AND_SHELTER, false),
    EMERGENCY_CHILDREN("emergency.accompanyingChildren", Section.EMERGENCY_AND_SHELTER, false),
    SHELTER_ADMISSIONS("shelter.admissions", Section.EMERGENCY_AND_SHELTER, false),
    SHELTER_PERSON_NIGHTS("shelter.personNights", Section.EMERGENCY_AND_SHELTER, false),
    TRAFFICKING_RECEIVED("trafficking.received", Section.TRAFFICKING_AND_CARE, false, SEX),
    TRAFFICKING_TO_FAMILY("trafficking.handedOverToFamily", Section.TRAFFICKING_AND_CARE, false, SEX),
    TRAFFICKING_TO_ORGANIZATION("trafficking.handedOverToOrganization", Section.TRAFFICKING_AND_CARE, false, SEX),
    CARE_CHILDREN("residentialCare.children", Section.TRAFFICKING_AND_CARE, true, SEX),
    CARE_TRAFFICKED_CHILDREN("residentialCare.traffickedChildren", Section.TRAFFICKING_AND_CARE, true, SEX),
    REFERRALS_SENT("referrals.sent", Section.REFERRALS, false, SECTOR),
    REFERRALS_ACCEPTED("referrals.accepted", Section.REFERRALS, false, SECTOR),
    REFERRALS_COMPLETED("referrals.completed", Section.REFERRALS, false, SECTOR),
    PROGRAMME_MODELS("programme.models", Section.PREVENTION, false, MODEL_STATUS),
    PROGRAMME_PILOTS("programme.pilots", Section.PREVENTION, false),
    PROGRAMME_PILOT_COMMUNES("programme.pilotCommunes", Section.PREVENTION, false),
    PROGRAMME_ACTIVITIES("programme.activities", Section.PREVENTION, false, ACTIVITY_KIND),
    PROGRAMME_ACTIVITY_PARTICIPANTS("programme.activityParticipants", Section.PREVENTION, false, SEX),
    PROGRAMME_TRAININGS("programme.trainings", Section.PREVENTION, false, TRAINING_TOPIC),
    PROGRAMME_TRAINING_PARTICIPANTS("programme.trainingParticipants", Section.PREVENTION, false, SEX);

    private final String key;
    private final Section section;
    private final boolean stock;
    private final List<Dimension> dimensions;

    Indicator(String key, Section section, boolean stock, Dimension... dimensions) {
        this.key = key;
        this.section = section;
        this.stock = stock;
        this.dimensions = List.of(dimensions);
    }

    public String key() {
        return key;
    }

    public Section section() {
        return section;
    }

    /** Counted on the period's last day rather than over the period. */
    public boolean stock() {
        return stock;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    public String nameKey() {
        return "reporting.indicator." + key + ".name";
    }

    public String definitionKey() {
        return "reporting.indicator." + key + ".definition";
    }

    public String ruleKey() {
        return "reporting.indicator." + key + ".rule";
    }

    public static Optional<Indicator> byKey(String key) {
        return Arrays.stream(values()).filter(indicator -> indicator.key.equals(key)).findFirst();
    }
}

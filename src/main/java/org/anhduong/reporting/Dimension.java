package org.anhduong.reporting;

/**
 * What an indicator can be broken down by. The key is the name of the breakdown in the API
 * ({@code breakdowns["cases.opened"]["sex"]}); values are enum names, codes or ids as strings.
 */
public enum Dimension {
    TYPE("type"),
    CHANNEL("channel"),
    DIRECTION("direction"),
    LINE("line"),
    CATEGORY("category"),
    URGENCY("urgency"),
    CASE_TYPE("caseType"),
    GBVIMS_TYPE("gbvimsType"),
    CONTEXT("context"),
    SEX("sex"),
    AGE_GROUP("ageGroup"),
    COMMUNE("commune"),
    SECTOR("sector"),
    MODEL_STATUS("modelStatus"),
    ACTIVITY_KIND("activityKind"),
    TRAINING_TOPIC("trainingTopic");

    private final String key;

    Dimension(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public String labelKey() {
        return "reporting.dimension." + key;
    }
}

package org.anhduong.casework.web;

/** Request examples of the incidents API for the OpenAPI description; made-up facts. */
final class IncidentApiExamples {

    static final String BEATEN_BY_HUSBAND = """
            {"date": "2026-03", "timeOfDay": "EVENING", "communeCode": "06685", "placeType": "HOME",
             "description": "Bị chồng đánh sau bữa tối, bầm tím ở tay.",
             "answers": {"penetration": false, "unwantedSexualContact": false, "physicalAssault": true},
             "domesticViolenceActs": ["ILL_TREATMENT", "INSULT"],
             "perpetrators": [{"relation": "CURRENT_HUSBAND_OR_WIFE", "sex": "MALE", "ageGroup": "AGE_25_59",
                               "occupation": "WORKER"}],
             "moneyOrGoodsExchanged": false, "abduction": "NOT_ABDUCTED", "harmfulTraditionalPractice": false,
             "reportedElsewhere": ["COMMUNE_AUTHORITY"]}""";

    static final String MANUAL = """
            {"date": "2025", "timeOfDay": "UNKNOWN", "placeType": "OTHER",
             "answers": {"penetration": false},
             "manualType": "SEXUAL_ASSAULT",
             "manualReason": "Survivor described an attempted assault but declined the remaining questions.",
             "perpetrators": [{"relation": "STRANGER", "sex": "MALE"}]}""";

    static final String NO_ANSWERS_YET = """
            {}""";

    static final String NO_NO_YES = """
            {"penetration": false, "unwantedSexualContact": false, "physicalAssault": true}""";

    private IncidentApiExamples() {
    }
}

package org.anhduong.casework.internal.work;

import org.anhduong.platform.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of case work, each with its own context, for the key-rotation command. */
@Configuration(proxyBeanMethods = false)
class WorkColumns {

    static final String SAFETY_PLAN = "casework.assessment.safetyPlan";
    static final String GOAL = "casework.goal.text";
    static final String PROVIDER = "casework.service.providerName";
    static final String OUTCOME = "casework.service.outcome";
    static final String PURPOSE = "casework.followUp.purpose";
    static final String RESULT = "casework.followUp.result";
    static final String NOTE = "casework.note.text";

    @Bean
    EncryptedColumn caseworkSafetyPlan() {
        return new EncryptedColumn("casework_assessments", "id", "safety_plan_enc", SAFETY_PLAN);
    }

    @Bean
    EncryptedColumn caseworkGoalText() {
        return new EncryptedColumn("casework_goals", "id", "text_enc", GOAL);
    }

    @Bean
    EncryptedColumn caseworkServiceProvider() {
        return new EncryptedColumn("casework_services", "id", "provider_name_enc", PROVIDER);
    }

    @Bean
    EncryptedColumn caseworkServiceOutcome() {
        return new EncryptedColumn("casework_services", "id", "outcome_enc", OUTCOME);
    }

    @Bean
    EncryptedColumn caseworkFollowUpPurpose() {
        return new EncryptedColumn("casework_follow_ups", "id", "purpose_enc", PURPOSE);
    }

    @Bean
    EncryptedColumn caseworkFollowUpResult() {
        return new EncryptedColumn("casework_follow_ups", "id", "result_enc", RESULT);
    }

    @Bean
    EncryptedColumn caseworkNoteText() {
        return new EncryptedColumn("casework_notes", "id", "text_enc", NOTE);
    }
}

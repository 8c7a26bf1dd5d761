package org.anhduong.casework.internal.work;

import org.anhduong.platform.crypto.EncryptedColumns;
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
    EncryptedColumns caseworkWorkEncryptedColumns() {
        return EncryptedColumns.in("casework_assessments")
                .column("safety_plan_enc", SAFETY_PLAN)
                .in("casework_goals")
                .column("text_enc", GOAL)
                .in("casework_services")
                .column("provider_name_enc", PROVIDER)
                .column("outcome_enc", OUTCOME)
                .in("casework_follow_ups")
                .column("purpose_enc", PURPOSE)
                .column("result_enc", RESULT)
                .in("casework_notes")
                .column("text_enc", NOTE)
                .build();
    }
}

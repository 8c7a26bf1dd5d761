package org.anhduong.casework.internal.incident;

import org.anhduong.platform.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The incidents' encryption contexts, and their encrypted columns for the key-rotation command. */
@Configuration(proxyBeanMethods = false)
class IncidentColumns {

    static final String DESCRIPTION = "casework.incident.description";
    static final String MANUAL_REASON = "casework.incident.manualReason";

    @Bean
    EncryptedColumn caseworkIncidentDescription() {
        return new EncryptedColumn("casework_incidents", "id", "description_enc", DESCRIPTION);
    }

    @Bean
    EncryptedColumn caseworkIncidentManualReason() {
        return new EncryptedColumn("casework_incidents", "id", "manual_reason_enc", MANUAL_REASON);
    }
}

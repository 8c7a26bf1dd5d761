package org.anhduong.hotline.internal;

import org.anhduong.platform.crypto.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hotline's encryption and blind-index contexts, and its encrypted columns for the key-rotation command. Each
 * context binds a value to its column: a ciphertext copied elsewhere does not decrypt, an index cannot be joined.
 */
@Configuration(proxyBeanMethods = false)
class HotlineColumns {

    static final String PHONE = "hotline.contact.callerPhone";
    static final String PHONE_INDEX = "hotline.contact.callerPhone";
    static final String NAME = "hotline.contact.callerName";
    static final String SUMMARY = "hotline.contact.summary";
    static final String DRAFT = "hotline.draft.payload";
    static final String IDEMPOTENCY = "hotline.idempotency.request";

    @Bean
    EncryptedColumns hotlineEncryptedColumns() {
        return EncryptedColumns.in("hotline_contacts")
                .column("caller_phone_enc", PHONE)
                .column("caller_name_enc", NAME)
                .column("summary_enc", SUMMARY)
                .in("hotline_drafts", "user_id")
                .column("payload_enc", DRAFT)
                .build();
    }
}

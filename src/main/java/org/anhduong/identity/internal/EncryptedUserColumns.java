package org.anhduong.identity.internal;

import org.anhduong.platform.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the key-rotation command which identity columns are encrypted. */
@Configuration(proxyBeanMethods = false)
class EncryptedUserColumns {

    @Bean
    EncryptedColumn userEmail() {
        return new EncryptedColumn("users", "id", "email_enc", Users.EMAIL_CONTEXT);
    }

    @Bean
    EncryptedColumn userPhone() {
        return new EncryptedColumn("users", "id", "phone_enc", Users.PHONE_CONTEXT);
    }
}

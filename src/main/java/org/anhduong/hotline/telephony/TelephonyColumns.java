package org.anhduong.hotline.telephony;

import org.anhduong.platform.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The telephony tables' encryption and blind-index contexts, and their encrypted columns for the key-rotation
 * command. The caller's number has an index of its own, so it cannot be joined to the contacts' index.
 */
@Configuration(proxyBeanMethods = false)
class TelephonyColumns {

    static final String SECRET = "hotline.telephony.lineSecret";
    static final String PHONE = "hotline.telephony.callerPhone";
    static final String PHONE_INDEX = "hotline.telephony.callerPhone";

    @Bean
    EncryptedColumn telephonyLineSecret() {
        return new EncryptedColumn("telephony_line_secrets", "line_id", "secret_enc", SECRET);
    }

    @Bean
    EncryptedColumn telephonyCallerPhone() {
        return new EncryptedColumn("telephony_calls", "id", "caller_phone_enc", PHONE);
    }
}

package org.anhduong.casework.internal;

import org.anhduong.platform.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Casework's encryption and blind-index contexts, and its encrypted columns for the key-rotation command. Each context
 * binds a value to its column: a ciphertext copied elsewhere does not decrypt, an index cannot be joined to another.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkColumns {

    static final String FULL_NAME = "casework.client.fullName";
    static final String OTHER_NAMES = "casework.client.otherNames";
    static final String DATE_OF_BIRTH = "casework.client.dateOfBirth";
    static final String ID_NUMBER = "casework.client.idNumber";
    static final String ADDRESS = "casework.client.address";
    static final String PHONE = "casework.client.phone";
    static final String COMPANION_NAME = "casework.companion.name";
    static final String NAME_INDEX = "casework.client.name";
    static final String TOKEN_INDEX = "casework.client.nameToken";
    static final String ID_INDEX = "casework.client.idNumber";
    static final String PHONE_INDEX = "casework.client.phone";

    @Bean
    EncryptedColumn caseworkClientName() {
        return new EncryptedColumn("casework_clients", "id", "full_name_enc", FULL_NAME);
    }

    @Bean
    EncryptedColumn caseworkClientOtherNames() {
        return new EncryptedColumn("casework_clients", "id", "other_names_enc", OTHER_NAMES);
    }

    @Bean
    EncryptedColumn caseworkClientBirth() {
        return new EncryptedColumn("casework_clients", "id", "date_of_birth_enc", DATE_OF_BIRTH);
    }

    @Bean
    EncryptedColumn caseworkClientIdNumber() {
        return new EncryptedColumn("casework_clients", "id", "id_number_enc", ID_NUMBER);
    }

    @Bean
    EncryptedColumn caseworkClientAddress() {
        return new EncryptedColumn("casework_clients", "id", "address_enc", ADDRESS);
    }

    @Bean
    EncryptedColumn caseworkClientPhone() {
        return new EncryptedColumn("casework_client_phones", "id", "phone_enc", PHONE);
    }

    @Bean
    EncryptedColumn caseworkCompanionName() {
        return new EncryptedColumn("casework_companions", "id", "name_enc", COMPANION_NAME);
    }
}

package org.anhduong.casework.internal;

import org.anhduong.platform.crypto.EncryptedColumns;
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
    EncryptedColumns caseworkEncryptedColumns() {
        return EncryptedColumns.in("casework_clients")
                .column("full_name_enc", FULL_NAME)
                .column("other_names_enc", OTHER_NAMES)
                .column("date_of_birth_enc", DATE_OF_BIRTH)
                .column("id_number_enc", ID_NUMBER)
                .column("address_enc", ADDRESS)
                .in("casework_client_phones")
                .column("phone_enc", PHONE)
                .in("casework_companions")
                .column("name_enc", COMPANION_NAME)
                .build();
    }
}

package org.anhduong.platform.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link MissingEncryptionKeysException} into a short startup report instead of a stack trace, because
 * the person reading it is an operator installing the system. Registered in META-INF/spring.factories.
 */
public class MissingEncryptionKeysFailureAnalyzer extends AbstractFailureAnalyzer<MissingEncryptionKeysException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingEncryptionKeysException cause) {
        return new FailureAnalysis(MissingEncryptionKeysException.DESCRIPTION,
                MissingEncryptionKeysException.ACTION
                        + ". Alternatively set ANHDUONG_CRYPTO_KEY_FILE to a keys.properties file holding"
                        + " encryption-keys and blind-index-key.",
                cause);
    }
}

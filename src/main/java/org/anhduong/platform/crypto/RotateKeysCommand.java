package org.anhduong.platform.crypto;

import org.anhduong.platform.command.MaintenanceCommand;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code java -jar anhduong.jar rotate-keys}: re-encrypts every encrypted column under the primary key. Run it after
 * putting a new key first in ANHDUONG_CRYPTO_ENCRYPTION_KEYS (keep the old one listed until it has finished).
 */
@Component
class RotateKeysCommand implements MaintenanceCommand {

    private final KeyRotation rotation;

    RotateKeysCommand(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @Override
    public String name() {
        return "rotate-keys";
    }

    @Override
    public String description() {
        return "re-encrypt every encrypted field under the primary (first) key";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        var summary = rotation.rotateAll();
        out.printf("Key rotation finished: %d encrypted columns checked, %d values re-encrypted under the primary key.%n",
                summary.columns(), summary.rowsRotated());
        return 0;
    }
}

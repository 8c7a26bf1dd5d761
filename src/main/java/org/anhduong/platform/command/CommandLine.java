package org.anhduong.platform.command;

import org.anhduong.platform.crypto.KeyGenerator;
import org.jspecify.annotations.Nullable;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the process arguments into an optional maintenance command and Spring's own arguments.
 * {@code --demo} is the documented switch for demo data and becomes the property {@code anhduong.demo=true}.
 */
public record CommandLine(@Nullable String command, List<String> commandArgs, String[] springArgs) {

    /** Commands that need neither the database nor the keys, so they run before Spring starts. */
    static final String GENERATE_KEYS = "generate-keys";

    public static CommandLine parse(String[] args) {
        String command = null;
        List<String> commandArgs = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        for (String arg : args) {
            if ("--demo".equals(arg)) {
                spring.add("--anhduong.demo=true");
            } else if (arg.startsWith("-")) {
                spring.add(arg);
            } else if (command == null) {
                command = arg;
            } else {
                commandArgs.add(arg);
            }
        }
        if (command != null) {
            spring.add("--anhduong.command=" + command);
            spring.addAll(commandArgs);
        }
        return new CommandLine(command, List.copyOf(commandArgs), spring.toArray(String[]::new));
    }

    public boolean standalone() {
        return GENERATE_KEYS.equals(command);
    }

    public int runStandalone(PrintStream out) {
        out.println("# Ánh Dương encryption keys: keep them secret and backed up; losing them loses the data.");
        out.println("ANHDUONG_CRYPTO_ENCRYPTION_KEYS=" + KeyGenerator.newKeyId() + ":" + KeyGenerator.newKey());
        out.println("ANHDUONG_CRYPTO_BLIND_INDEX_KEY=" + KeyGenerator.newKey());
        return 0;
    }
}

package org.anhduong.platform.command;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import java.util.List;

/** Runs the maintenance command named on the command line, if any, and remembers its exit code. */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final List<MaintenanceCommand> commands;
    private final @Nullable String requested;
    private int exitCode;

    CommandRunner(List<MaintenanceCommand> commands, @Value("${anhduong.command:#{null}}") @Nullable String requested) {
        this.commands = commands;
        this.requested = requested;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requested == null) {
            return;
        }
        var command = commands.stream().filter(c -> c.name().equals(requested)).findFirst();
        if (command.isEmpty()) {
            System.out.println("Unknown command: " + requested + ". Commands:");
            System.out.println("  generate-keys  print a new set of encryption keys");
            commands.forEach(c -> System.out.printf("  %-14s %s%n", c.name(), c.description()));
            exitCode = 2;
            return;
        }
        exitCode = command.get().run(args.getNonOptionArgs(), System.out);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

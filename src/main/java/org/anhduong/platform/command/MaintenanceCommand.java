package org.anhduong.platform.command;

import java.io.PrintStream;
import java.util.List;

/**
 * A command an operator runs from the shell ({@code java -jar anhduong.jar NAME}); modules contribute them as beans.
 * The exit code is the process exit code: 0 for success.
 */
public interface MaintenanceCommand {

    String name();

    String description();

    int run(List<String> args, PrintStream out);
}

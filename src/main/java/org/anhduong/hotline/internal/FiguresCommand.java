package org.anhduong.hotline.internal;

import org.anhduong.platform.command.MaintenanceCommand;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code java -jar anhduong.jar hotline-figures [rebuild|pending]}: administrative. {@code rebuild} (the default)
 * recomputes the contact figures of every day, for contacts written straight into the database (a benchmark's bulk
 * load, a restore) that the application never saw; {@code pending} recomputes now the days the background job would
 * recompute at its next run. Safe while the application runs: it waits for the job's lock.
 */
@Component
class FiguresCommand implements MaintenanceCommand {

    private final FigureRollup rollup;

    FiguresCommand(FigureRollup rollup) {
        this.rollup = rollup;
    }

    @Override
    public String name() {
        return "hotline-figures";
    }

    @Override
    public String description() {
        return "recompute the hotline's contact figures: 'rebuild' every day (after a bulk load), 'pending' the days changed";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        String mode = args.isEmpty() ? "rebuild" : args.getFirst();
        switch (mode) {
            case "rebuild" -> out.println("Hotline figures rebuilt: " + rollup.rebuildAll() + " contacts counted.");
            case "pending" -> out.println("Hotline figures recomputed for " + rollup.catchUp() + " days.");
            default -> {
                out.println("Unknown mode. Use: hotline-figures [rebuild|pending]");
                return 2;
            }
        }
        return 0;
    }
}

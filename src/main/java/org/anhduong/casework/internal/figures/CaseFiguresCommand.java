package org.anhduong.casework.internal.figures;

import org.anhduong.platform.command.MaintenanceCommand;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code java -jar anhduong.jar case-figures [rebuild]}: administrative. Recomputes the reports' row of every case, for
 * cases written straight into the database (a benchmark's bulk load, a restore) that the application never saw. Meant
 * for the application stopped: run while it serves, a case opened at that moment can make it fail (run it again then).
 */
@Component
class CaseFiguresCommand implements MaintenanceCommand {

    private final CaseFigureRows rows;

    CaseFiguresCommand(CaseFigureRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "case-figures";
    }

    @Override
    public String description() {
        return "recompute the reports' row of every case ('rebuild', after a bulk load)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (!args.isEmpty() && !args.getFirst().equals("rebuild")) {
            out.println("Unknown mode. Use: case-figures [rebuild]");
            return 2;
        }
        out.println("Case figures rebuilt: " + rows.rebuildAll() + " cases.");
        return 0;
    }
}

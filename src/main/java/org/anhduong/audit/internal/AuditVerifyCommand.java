package org.anhduong.audit.internal;

import org.anhduong.audit.AuditTrail;
import org.anhduong.audit.ChainVerification;
import org.anhduong.platform.command.MaintenanceCommand;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;

/** {@code java -jar anhduong.jar audit-verify}: for operators and scheduled checks; exit code 1 means tampering. */
@Component
class AuditVerifyCommand implements MaintenanceCommand {

    private final AuditTrail trail;

    AuditVerifyCommand(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public String name() {
        return "audit-verify";
    }

    @Override
    public String description() {
        return "check the hash chain of the audit trail";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        ChainVerification result = trail.verify();
        if (result.intact()) {
            out.println("Audit chain intact. Events checked: " + result.eventsChecked() + ".");
            return 0;
        }
        out.println("Audit chain BROKEN at event #" + result.firstBrokenId() + ". Events checked: " + result.eventsChecked()
                + ". Events from #" + result.firstBrokenId() + " on cannot be trusted; investigate the database.");
        return 1;
    }
}

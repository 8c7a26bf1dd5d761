package org.anhduong.hotline.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.hotline.HotlineLine;
import org.anhduong.hotline.LineInput;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/** The hotline lines: everyone signed in reads them, administrators manage them. */
@Component
class LineAdministration {

    static final String RECORD_TYPE = "hotlineLine";
    /** "1800 1769", "111", "+84 24 3333 3333": a short code or a number, as dialled. */
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 \\-]{0,18}[0-9]|[0-9]");

    private final Lines lines;
    private final UserDirectory directory;
    private final ContactAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    LineAdministration(Lines lines, UserDirectory directory, ContactAccess access, AuditTrail audit, Clock clock) {
        this.lines = lines;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    List<HotlineLine> all() {
        access.signedIn();
        return lines.all();
    }

    HotlineLine add(LineInput input) {
        access.administrator("hotlineLine.create", RECORD_TYPE);
        long id = lines.insert(validate(input, 0), clock.instant());
        audit.record(AuditEntry.success("hotlineLine.create", RECORD_TYPE, id));
        return lines.find(id).orElseThrow();
    }

    HotlineLine update(long id, int version, LineInput input) {
        access.administrator("hotlineLine.update", RECORD_TYPE);
        lines.find(id).orElseThrow(() -> new NotFoundException(RECORD_TYPE));
        if (!lines.update(id, version, validate(input, id), clock.instant())) {
            throw ConflictException.staleVersion();
        }
        audit.record(AuditEntry.success("hotlineLine.update", RECORD_TYPE, id));
        return lines.find(id).orElseThrow();
    }

    private LineData validate(LineInput input, long id) {
        Check check = new Check();
        String number = check.requiredText("number", input.number(), 20);
        String digits = number.replaceAll("\\D", "");
        if (!number.isEmpty() && !NUMBER.matcher(number).matches()) {
            check.problem("number", "hotline.line.number");
        }
        String name = check.requiredText("name", input.name(), 200);
        Long organisation = check.required("organisationId", input.organisationId());
        if (organisation != null && directory.findOrganisation(organisation).isEmpty()) {
            check.problem("organisationId", "hotline.line.organisation");
        } else if (organisation != null && !digits.isEmpty() && lines.numberTaken(organisation, digits, id)) {
            check.problem("number", "hotline.line.duplicate");
        }
        check.throwIfAny();
        return new LineData(number, digits, name, organisation == null ? 0 : organisation,
                input.active() == null || input.active());
    }
}

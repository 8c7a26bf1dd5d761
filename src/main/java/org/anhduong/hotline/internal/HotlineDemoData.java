package org.anhduong.hotline.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * With {@code anhduong.demo=true}, gives the demo province's social-work centre (created by identity's demo data, which
 * runs before) its two lines: the provincial hotline and the national child helpline 111. Written through the
 * repository, as the system, because no administrator is signed in at start-up. Runs once: a centre with lines is left
 * alone.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "anhduong.demo", havingValue = "true")
class HotlineDemoData implements ApplicationRunner {

    static final String CENTRE = "Trung tâm Công tác xã hội tỉnh Quảng Ninh";
    private static final Logger log = LoggerFactory.getLogger(HotlineDemoData.class);
    private static final List<LineData> LINES = List.of(
            new LineData("1800 1769", "18001769", "Đường dây nóng hỗ trợ nạn nhân bạo lực gia đình, bạo lực giới", 0, true),
            new LineData("111", "111", "Tổng đài quốc gia bảo vệ trẻ em 111", 0, true));

    private final Lines lines;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final String command;

    HotlineDemoData(Lines lines, UserDirectory directory, AuditTrail audit, Clock clock,
                    @Value("${anhduong.command:}") String command) {
        this.lines = lines;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.command = command;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!command.isEmpty()) {
            return;
        }
        Optional<Organisation> centre = directory.activeOrganisations().stream()
                .filter(o -> CENTRE.equals(o.name())).findFirst();
        if (centre.isEmpty()) {
            log.info("Hotline demo lines skipped: the demo social-work centre does not exist");
            return;
        }
        long organisation = centre.get().id();
        if (lines.all().stream().anyMatch(l -> l.organisationId() == organisation)) {
            return;
        }
        for (LineData line : LINES) {
            long id = lines.insert(new LineData(line.number(), line.digits(), line.name(), organisation, true), clock.instant());
            audit.record(AuditEntry.success("hotlineLine.create", LineAdministration.RECORD_TYPE, id).by(null, "system"));
        }
        log.info("Loaded the hotline demo lines for organisation {}", organisation);
    }
}

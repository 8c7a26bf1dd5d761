package org.anhduong.shelter.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserDirectory;
import org.anhduong.shelter.FacilityDetails;
import org.anhduong.shelter.FacilityKind;
import org.jspecify.annotations.Nullable;
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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * With {@code anhduong.demo=true}, registers a few facilities of the demo province (Quảng Ninh) for the organisations
 * identity's demo data created before: the provincial social-protection facility (whose staff is demo.shelter) with
 * its shelter rooms, the one-stop centre's beds and two trusted addresses of the Women's Union. Addresses and contact
 * persons are invented. Runs once: a registry with any facility is left alone.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "anhduong.demo", havingValue = "true")
class ShelterDemoData implements ApplicationRunner {

    /** The author of rows written at start-up, when nobody is signed in. */
    static final long SYSTEM_USER = 0;
    private static final Logger log = LoggerFactory.getLogger(ShelterDemoData.class);
    private static final String SOCIAL_PROTECTION = "Cơ sở bảo trợ xã hội tổng hợp tỉnh Quảng Ninh";
    private static final String ONE_STOP = "Ngôi nhà Ánh Dương Quảng Ninh";
    private static final String TRUSTED = "Địa chỉ tin cậy tại cộng đồng Xã Đầm Hà";

    private record Demo(String organisation, String name, FacilityKind kind, int capacity, boolean children,
                        boolean accessible, String address, String contact) {
    }

    private static final List<Demo> FACILITIES = List.of(
            new Demo(SOCIAL_PROTECTION, SOCIAL_PROTECTION, FacilityKind.SOCIAL_PROTECTION, 60, true, true,
                    "Tổ 2, khu 4 (địa chỉ trình diễn)", "Phòng tiếp nhận, 0203 000 0001"),
            new Demo(SOCIAL_PROTECTION, "Nhà tạm lánh — " + SOCIAL_PROTECTION, FacilityKind.SHELTER, 12, true, true,
                    "Tổ 2, khu 4, dãy nhà B (địa chỉ trình diễn)", "Trực ban, 0203 000 0002"),
            new Demo(ONE_STOP, "Giường tạm lánh " + ONE_STOP, FacilityKind.ONE_STOP_CENTRE_BEDS, 4, true, true,
                    "Tầng 1 (địa chỉ trình diễn)", "Trực ban, 0203 000 0003"),
            new Demo(TRUSTED, "Địa chỉ tin cậy thôn 3, xã Đầm Hà", FacilityKind.TRUSTED_ADDRESS, 3, true, false,
                    "Nhà bà Hoa, thôn 3 (địa chỉ trình diễn)", "Bà Nguyễn Thị Hoa (nhân vật trình diễn)"),
            new Demo(TRUSTED, "Địa chỉ tin cậy thôn 7, xã Đầm Hà", FacilityKind.TRUSTED_ADDRESS, 2, false, false,
                    "Nhà bà Liên, thôn 7 (địa chỉ trình diễn)", "Bà Trần Thị Liên (nhân vật trình diễn)"));

    private final Facilities facilities;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final String command;

    ShelterDemoData(Facilities facilities, UserDirectory directory, AuditTrail audit, Clock clock,
                    @Value("${anhduong.command:}") String command) {
        this.facilities = facilities;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.command = command;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!command.isEmpty() || !facilities.all().isEmpty()) {
            return;
        }
        Map<String, Organisation> byName = directory.activeOrganisations().stream()
                .collect(Collectors.toMap(Organisation::name, Function.identity(), (a, b) -> a));
        int added = 0;
        for (Demo demo : FACILITIES) {
            Organisation organisation = byName.get(demo.organisation());
            if (organisation != null) {
                add(demo, organisation);
                added++;
            }
        }
        log.info("Loaded the shelter demo facilities: {}", added);
    }

    private void add(Demo d, Organisation organisation) {
        @Nullable String commune = organisation.localities().size() == 1
                ? organisation.localities().iterator().next() : null;
        long id = facilities.insert(new FacilityDetails(organisation.id(), d.name(), d.kind(), d.capacity(),
                d.children(), d.accessible(), commune, d.address(), d.contact(), true), SYSTEM_USER, clock.instant());
        audit.record(AuditEntry.success("facility.create", FacilityService.FACILITY, id).by(null, "system"));
    }
}

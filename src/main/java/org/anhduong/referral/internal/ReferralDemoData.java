package org.anhduong.referral.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.geography.Localities;
import org.anhduong.geography.Locality;
import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserDirectory;
import org.anhduong.referral.Eligibility;
import org.anhduong.referral.Pathway;
import org.anhduong.referral.PublicField;
import org.anhduong.referral.ServiceSearch;
import org.anhduong.referral.ServiceType;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * With {@code anhduong.demo=true}, gives the demo province (made by identity's demo data, which runs first) a service
 * directory of its real kinds of providers and province-wide pathways. Written through the repositories as the
 * system. Runs once: a directory with services is left alone.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "anhduong.demo", havingValue = "true")
class ReferralDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferralDemoData.class);
    private static final String PROVINCE = "22";
    private static final Set<PublicField> PUBLISHED = EnumSet.of(PublicField.NAME, PublicField.ORGANISATION,
            PublicField.OPENING_HOURS, PublicField.CONTACT_PHONE, PublicField.ELIGIBILITY);

    /** One demo service; {@code commune} null for a province-wide one. */
    private record DemoService(String organisation, String name, ServiceType type, @Nullable String commune,
                               @Nullable String hours, String phone, String person, Set<Eligibility> eligibility,
                               String capacity) {
    }

    private static final String HOSPITAL = "Bệnh viện Đa khoa tỉnh Quảng Ninh";
    private static final String POLICE = "Công an tỉnh Quảng Ninh";
    private static final String LEGAL_AID = "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Quảng Ninh";
    private static final String WOMENS_UNION = "Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh";
    private static final String NGO = "Tổ chức Hy vọng Mới";
    private static final String ONE_STOP = "Ngôi nhà Ánh Dương Quảng Ninh";
    private static final Set<Eligibility> WOMEN_CHILDREN = EnumSet.of(Eligibility.WOMEN, Eligibility.CHILDREN);

    private static final List<DemoService> SERVICES = List.of(
            new DemoService(HOSPITAL, "Dịch vụ hỗ trợ một cửa cho người bị bạo lực (OSCC)", ServiceType.ONE_STOP_CARE,
                    null, null, "0203 3825 489", "Khoa Cấp cứu – trực 24/7", WOMEN_CHILDREN,
                    "Khám, chăm sóc y tế ban đầu, thu thập chứng cứ, liên hệ công an khi người bệnh đồng ý"),
            new DemoService(HOSPITAL, "Khám và điều trị chấn thương", ServiceType.MEDICAL_CARE, null, null,
                    "0203 3825 489", "Khoa Cấp cứu", EnumSet.of(Eligibility.ALL), "Nội trú và ngoại trú"),
            new DemoService(POLICE, "Tiếp nhận tin báo và bảo vệ nạn nhân", ServiceType.POLICE_PROTECTION, null, null,
                    "113", "Phòng Cảnh sát hình sự", EnumSet.of(Eligibility.ALL), "Trực ban 24/7"),
            new DemoService(LEGAL_AID, "Tư vấn và đại diện pháp lý miễn phí", ServiceType.LEGAL_AID, null,
                    "7:30–17:00, thứ Hai đến thứ Sáu", "0203 3835 222", "Phòng Nghiệp vụ", WOMEN_CHILDREN,
                    "Trợ giúp viên đến tận nơi ở huyện xa khi cần"),
            new DemoService(WOMENS_UNION, "Tư vấn tâm lý và hỗ trợ hòa nhập cộng đồng", ServiceType.PSYCHOSOCIAL_SUPPORT,
                    null, "7:30–17:00, thứ Hai đến thứ Sáu", "0203 3628 163", "Ban Gia đình – Xã hội",
                    EnumSet.of(Eligibility.WOMEN), "Nhóm tự lực ở các xã, phường"),
            new DemoService(WOMENS_UNION, "Vay vốn và học nghề cho phụ nữ", ServiceType.ECONOMIC_EMPOWERMENT, null,
                    "7:30–17:00, thứ Hai đến thứ Sáu", "0203 3628 163", "Ban Kinh tế", EnumSet.of(Eligibility.WOMEN),
                    "Theo đợt, khoảng 30 chỗ mỗi quý"),
            new DemoService(NGO, "Tư vấn khủng hoảng và đồng hành", ServiceType.CRISIS_COUNSELLING, null,
                    "8:00–20:00 hằng ngày", "0912 000 111", "Điều phối viên", WOMEN_CHILDREN,
                    "Tư vấn viên nói tiếng Việt, tiếng Anh"),
            new DemoService(ONE_STOP, "Nơi tạm lánh an toàn", ServiceType.SAFE_ACCOMMODATION, null, null, "18001769",
                    "Cán bộ trực", WOMEN_CHILDREN, "8 giường; trẻ đi cùng mẹ được nhận"));

    private final DirectoryRows services;
    private final StoredPathways pathways;
    private final UserDirectory directory;
    private final Localities localities;
    private final AuditTrail audit;
    private final Clock clock;
    private final String command;

    ReferralDemoData(DirectoryRows services, StoredPathways pathways, UserDirectory directory, Localities localities,
                     AuditTrail audit, Clock clock, @Value("${anhduong.command:}") String command) {
        this.services = services;
        this.pathways = pathways;
        this.directory = directory;
        this.localities = localities;
        this.audit = audit;
        this.clock = clock;
        this.command = command;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!command.isEmpty() || !services.search(new ServiceSearch(null, null, null, null, true)).isEmpty()) {
            return;
        }
        Map<String, Organisation> organisations = directory.activeOrganisations().stream()
                .collect(Collectors.toMap(Organisation::name, o -> o, (a, b) -> a));
        if (!organisations.containsKey(HOSPITAL)) {
            log.info("Referral demo directory skipped: the demo organisations do not exist");
            return;
        }
        Map<ServiceType, List<Long>> byType = new HashMap<>();
        for (DemoService s : SERVICES) {
            Optional.ofNullable(organisations.get(s.organisation())).ifPresent(o ->
                    byType.computeIfAbsent(s.type(), t -> new ArrayList<>()).add(insert(s, o)));
        }
        byType.forEach((type, ids) -> pathway(Pathway.PROVINCE, type, ids));
        // Đầm Hà proposes its own trusted address first, then the province's shelter.
        communeService(organisations).ifPresent(commune -> {
            var ids = new ArrayList<>(List.of(commune.getValue()));
            ids.addAll(byType.getOrDefault(ServiceType.SAFE_ACCOMMODATION, List.of()));
            pathway(commune.getKey(), ServiceType.SAFE_ACCOMMODATION, ids);
        });
        log.info("Loaded the referral demo directory and its pathways");
    }

    private void pathway(String scope, ServiceType type, List<Long> ids) {
        long id = pathways.insert(scope, type, 0L, clock.instant());
        pathways.replaceSteps(id, ids);
        audit.record(AuditEntry.success("referralPathway.update", ServiceCatalogue.PATHWAY, id).by(null, "system"));
    }

    /** The trusted address of Đầm Hà, a commune's own safe place: its commune code and its id. */
    private Optional<Map.Entry<String, Long>> communeService(Map<String, Organisation> organisations) {
        Optional<String> damHa = localities.children(PROVINCE).stream().filter(l -> l.name().equals("Xã Đầm Hà"))
                .map(Locality::code).findFirst();
        Organisation trusted = organisations.get("Địa chỉ tin cậy tại cộng đồng Xã Đầm Hà");
        if (damHa.isEmpty() || trusted == null) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(damHa.get(), insert(new DemoService(trusted.name(),
                "Tạm lánh qua đêm tại địa chỉ tin cậy", ServiceType.SAFE_ACCOMMODATION, damHa.get(), null,
                "0912 000 222", "Tổ trưởng tổ phụ nữ", WOMEN_CHILDREN, "Một phòng, tối đa 3 người, tối đa 3 đêm"),
                trusted)));
    }

    private long insert(DemoService s, Organisation organisation) {
        var data = new DirectoryRows.Data(organisation.id(), s.name(), s.type(), s.commune() == null,
                s.commune() == null ? List.of() : List.of(s.commune()), s.hours() == null, s.hours(), s.phone(), null,
                s.person(), List.of("vi"), s.eligibility(), s.capacity(), PUBLISHED, true);
        long id = services.insert(data, organisation.name(), 0L, clock.instant());
        audit.record(AuditEntry.success("referralService.create", ServiceCatalogue.SERVICE, id).by(null, "system"));
        return id;
    }
}

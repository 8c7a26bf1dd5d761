package org.anhduong.identity.internal;

import org.anhduong.identity.OrganisationKind;
import org.anhduong.platform.security.Roles;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The demo province: Quảng Ninh (code 22) with the network that answers gender-based violence there. Names are
 * realistic so a demonstration feels familiar; the NGO and every person are invented. Parents come before children.
 */
final class DemoCatalogue {

    static final String PROVINCE = "22";
    /** The organisation whose presence means the demo data was loaded before. */
    static final String MARKER = "Trung tâm Công tác xã hội tỉnh Quảng Ninh";

    private static final String MONG_CAI_1 = "Phường Móng Cái 1";
    private static final String DAM_HA = "Xã Đầm Hà";

    /**
     * One organisation. {@code commune} null means it covers the whole province; otherwise the name of its commune.
     * The provincial hotline is stored as given: it is a toll-free number the phone rules of people's numbers reject.
     */
    record DemoOrganisation(String key, String name, OrganisationKind kind, @Nullable String parent,
                            @Nullable String phone, @Nullable String commune) {
    }

    /** One demo user per role; {@code commune} narrows the user's area within the organisation's. */
    record DemoUser(String username, String fullName, String role, String organisation, @Nullable String commune) {
    }

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("health-department", "Sở Y tế tỉnh Quảng Ninh", OrganisationKind.STATE_AGENCY, null, null, null),
            new DemoOrganisation("social-work-centre", MARKER, OrganisationKind.SOCIAL_WORK_CENTRE, "health-department",
                    "18001769", null),
            new DemoOrganisation("one-stop-centre", "Ngôi nhà Ánh Dương Quảng Ninh", OrganisationKind.ONE_STOP_CENTRE,
                    "social-work-centre", null, null),
            new DemoOrganisation("shelter", "Cơ sở bảo trợ xã hội tổng hợp tỉnh Quảng Ninh", OrganisationKind.SHELTER,
                    "health-department", null, null),
            new DemoOrganisation("mong-cai-1", "Văn phòng công tác xã hội " + MONG_CAI_1,
                    OrganisationKind.COMMUNE_SOCIAL_WORK_OFFICE, null, null, MONG_CAI_1),
            new DemoOrganisation("dam-ha", "Văn phòng công tác xã hội " + DAM_HA, OrganisationKind.COMMUNE_SOCIAL_WORK_OFFICE,
                    null, null, DAM_HA),
            new DemoOrganisation("school", "Phòng công tác xã hội Trường THPT Hòn Gai",
                    OrganisationKind.SCHOOL_SOCIAL_WORK_OFFICE, null, null, "Phường Hồng Gai"),
            new DemoOrganisation("womens-union", "Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh", OrganisationKind.WOMENS_UNION,
                    null, null, null),
            new DemoOrganisation("trusted-address", "Địa chỉ tin cậy tại cộng đồng " + DAM_HA,
                    OrganisationKind.TRUSTED_ADDRESS, "womens-union", null, DAM_HA),
            new DemoOrganisation("police", "Công an tỉnh Quảng Ninh", OrganisationKind.POLICE, null, null, null),
            new DemoOrganisation("hospital", "Bệnh viện Sản Nhi Quảng Ninh", OrganisationKind.HEALTH, "health-department",
                    null, null),
            // Its one-stop service is the referral module's demo destination for survivors needing care.
            new DemoOrganisation("general-hospital", "Bệnh viện Đa khoa tỉnh Quảng Ninh", OrganisationKind.HEALTH,
                    "health-department", null, null),
            new DemoOrganisation("legal-aid", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Quảng Ninh",
                    OrganisationKind.LEGAL_AID, null, null, null),
            new DemoOrganisation("ngo", "Tổ chức Hy vọng Mới", OrganisationKind.NGO, null, null, null));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("demo.admin", "Nguyễn Thị Thu Hà", Roles.ADMINISTRATOR, "social-work-centre", null),
            new DemoUser("demo.supervisor", "Trần Văn Minh", Roles.SUPERVISOR, "social-work-centre", null),
            new DemoUser("demo.counsellor", "Lê Thị Hồng Nhung", Roles.HOTLINE_COUNSELLOR, "social-work-centre", null),
            // The centre's case worker takes the cases its hotline opens; the commune's receives transferred ones.
            new DemoUser("demo.caseworker", "Phạm Thị Lan Anh", Roles.CASE_WORKER, "social-work-centre", null),
            new DemoUser("demo.commune", "Ngô Thị Hương", Roles.CASE_WORKER, "mong-cai-1", MONG_CAI_1),
            new DemoUser("demo.shelter", "Hoàng Thị Mai", Roles.SHELTER_STAFF, "shelter", null),
            new DemoUser("demo.partner", "Vũ Thị Ngọc Ánh", Roles.PARTNER, "ngo", null),
            new DemoUser("demo.hospital", "Đỗ Thị Thanh Xuân", Roles.PARTNER, "general-hospital", null),
            new DemoUser("demo.programme", "Đặng Quốc Huy", Roles.PROGRAMME_OFFICER, "health-department", null),
            new DemoUser("demo.viewer", "Bùi Thị Thanh Tâm", Roles.VIEWER, "womens-union", null));

    private DemoCatalogue() {
    }
}

package org.anhduong.shelter.web;

/** Request examples of the shelter API, for OpenAPI. Made-up data. */
final class ShelterApiExamples {

    static final String FACILITY = """
            {"organisationId": 12, "name": "Địa chỉ tin cậy thôn Tân Hợp", "kind": "TRUSTED_ADDRESS", "capacity": 4,
             "acceptsChildren": true, "accessible": false, "communeCode": "06823",
             "address": "Nhà bà Lý, thôn Tân Hợp", "contactPerson": "Lý Thị Hoa, 0912 345 678"}""";

    static final String EPISODE = """
            {"startedOn": "2026-03-02", "support": ["SAFE_ACCOMMODATION", "FOOD_AND_ESSENTIALS", "TRANSPORT"],
             "companionIds": [41, 42]}""";

    static final String PLACEMENT = """
            {"personId": 7, "facilityId": 3, "admittedOn": "2026-03-02"}""";

    static final String CARE = """
            {"companionId": 41, "facilityId": 5, "admittedOn": "2026-03-10", "reason": "TRAFFICKED_RETURNEE"}""";

    static final String DISCHARGE = """
            {"dischargedOn": "2026-03-05"}""";

    private ShelterApiExamples() {
    }
}

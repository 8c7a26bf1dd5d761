package org.anhduong.casework.web;

/** Request examples of the protection-order and hand-over APIs (OpenAPI). */
final class ProtectionApiExamples {

    static final String ORDER_REQUESTED = """
            {"issuer": "COMMUNE_CHAIR", "requestedAt": "2026-03-02T01:30:00Z", "perpetratorId": 812,
             "notified": []}""";

    static final String ORDER_GRANTED = """
            {"issuer": "COMMUNE_CHAIR", "requestedAt": "2026-03-02T01:30:00Z", "decision": "GRANTED",
             "decidedAt": "2026-03-02T08:00:00Z", "startsAt": "2026-03-02T08:00:00Z", "endsAt": "2026-03-05T08:00:00Z",
             "perpetratorId": 812, "notified": ["PERPETRATOR", "POLICE", "VILLAGE_HEAD", "VICTIM"],
             "notifiedNote": "Trưởng thôn và công an xã nhận quyết định lúc 15 giờ."}""";

    static final String ORDER_COURT = """
            {"issuer": "COURT", "requestedAt": "2026-03-10T02:00:00Z", "decision": "GRANTED",
             "decidedAt": "2026-03-10T09:00:00Z", "startsAt": "2026-03-10T09:00:00Z", "endsAt": "2026-09-10T09:00:00Z",
             "notified": ["PERPETRATOR", "POLICE"]}""";

    static final String REVOCATION = """
            {"revokedOn": "2026-03-04", "reason": "Chị đề nghị hủy bỏ; người chồng đã chuyển đi nơi khác."}""";

    static final String HANDOVER_FAMILY = """
            {"to": "TO_FAMILY", "handedOverOn": "2026-03-01", "communeCode": "06718", "receiverName": "Hoàng Thị Mai",
             "receiverRelation": "PARENT", "notes": "Mẹ đón tại trụ sở UBND xã, có cán bộ xã hội chứng kiến."}""";

    static final String HANDOVER_ORGANISATION = """
            {"to": "TO_ORGANISATION", "handedOverOn": "2026-03-01",
             "receivingOrganisationName": "Trung tâm Hỗ trợ phụ nữ và trẻ em Hy Vọng"}""";

    static final String VISIT = """
            {"visitedOn": "2026-03-15", "visitedBy": "Cán bộ công tác xã hội xã", "wellbeing": "STABLE",
             "notes": "Chị đã đi làm lại ở xưởng may, ngủ được; cần hỗ trợ học nghề."}""";

    private ProtectionApiExamples() {
    }
}

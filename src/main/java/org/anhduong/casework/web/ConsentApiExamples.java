package org.anhduong.casework.web;

/** Request examples of the consent, closure, transfer and trafficking endpoints; made-up people and places. */
final class ConsentApiExamples {

    static final String CONSENT_CLIENT = """
            {"purpose": "REFERRAL", "recipientOrganisationId": 17, "givenBy": "CLIENT", "givenOn": "2026-03-02",
             "validUntil": "2026-12-31"}""";

    static final String CONSENT_GUARDIAN = """
            {"purpose": "INFORMATION_SHARING", "recipientOrganisationId": 23, "givenBy": "GUARDIAN",
             "guardianName": "Lê Thị Hoa", "guardianRelation": "MOTHER", "childAgreed": true,
             "givenOn": "2026-03-02"}""";

    static final String WITHDRAWAL = """
            {"withdrawnOn": "2026-04-10", "withdrawnBy": "CLIENT"}""";

    static final String CLOSURE = """
            {"reason": "GOALS_MET", "outcome": "Chị đã ổn định chỗ ở và việc làm; kế hoạch an toàn còn hiệu lực."}""";

    static final String NOTE = """
            {"note": "Cần một lần theo dõi sau khi toà xử vụ ly hôn."}""";

    static final String REOPEN = """
            {"reason": "Chị gọi lại: người chồng cũ tìm đến nơi ở mới."}""";

    static final String TRANSFER = """
            {"toOrganisationId": 23, "reason": "Chị chuyển về sống ở xã Quảng La; cán bộ xã hội của xã tiếp tục hỗ trợ."}""";

    static final String TRAFFICKING = """
            {"status": "IDENTIFIED_VICTIM", "returnDate": "2026-02-14", "returnPlace": "Cửa khẩu Móng Cái",
             "handedOverBy": "BORDER_GUARD", "handedOverByDetail": "Đồn Biên phòng cửa khẩu quốc tế Móng Cái",
             "support": ["TRAVEL_HOME", "HEALTH_CHECK_AND_CARE", "PSYCHOLOGICAL_SUPPORT"]}""";

    static final String STEP = """
            {"kind": "RELATIVES", "takenOn": "2026-02-20", "note": "Công an xã xác nhận mẹ và em trai đang sống tại thôn 3."}""";

    private ConsentApiExamples() {
    }
}

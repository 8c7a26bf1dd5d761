package org.anhduong.referral.web;

/** Request examples for the OpenAPI description; every name and text in them is invented. */
final class ApiExamples {

    static final String SERVICE = """
            {"organisationId": 12, "name": "Dịch vụ hỗ trợ một cửa (OSCC)", "serviceType": "ONE_STOP_CARE",
             "provinceWide": true, "open24h": true, "contactPhone": "0203 3825 489", "contactPerson": "Khoa Cấp cứu",
             "languages": ["vi", "en"], "eligibility": ["WOMEN", "CHILDREN"],
             "capacityNotes": "Khám và chăm sóc y tế ban đầu, thu thập chứng cứ pháp y",
             "publicFields": ["NAME", "ORGANISATION", "OPENING_HOURS", "CONTACT_PHONE"]}""";
    static final String PATHWAY = """
            {"serviceIds": [4, 9]}""";
    static final String REFERRAL = """
            {"serviceId": 4, "urgency": "URGENT",
             "sharedInformation": "Đồng ý chia sẻ: cần khám vết thương, không cần báo công an lúc này",
             "contactArrangements": "Gọi cán bộ phụ trách trước, không gọi trực tiếp cho chị"}""";
    static final String EMERGENCY = """
            {"serviceId": 4, "urgency": "URGENT", "emergency": true,
             "emergencyReason": "Chấn thương đầu, bất tỉnh; không thể hỏi ý kiến"}""";
    static final String DECLINE = """
            {"text": "Hết chỗ trong tuần này, đề nghị chuyển đến cơ sở khác"}""";
    static final String COMPLETE = """
            {"text": "Đã khám và điều trị ngoại trú; hẹn tái khám sau 7 ngày"}""";

    private ApiExamples() {
    }
}

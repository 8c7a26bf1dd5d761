package org.anhduong.hotline.web;

/** Example bodies for the OpenAPI description; numbers and names are invented. */
final class ApiExamples {

    static final String GBV_CALL = """
            {
              "type": "ABOUT_SELF",
              "lineId": 1,
              "channel": "PHONE",
              "receivedAt": "2026-03-02T13:05:00Z",
              "answeredAt": "2026-03-02T13:05:20Z",
              "endedAt": "2026-03-02T13:21:40Z",
              "callerPhone": "0912 345 678",
              "callerSex": "FEMALE",
              "callerAgeGroup": "AGE_25_59",
              "localityCode": "22",
              "categories": ["DV_PHYSICAL", "DV_PSYCHOLOGICAL"],
              "urgency": "URGENT",
              "services": ["PSYCHOLOGICAL_COUNSELLING", "SAFETY_PLANNING"],
              "outcome": "CASE_OPENED",
              "summary": "Chồng đánh nhiều lần, chị muốn được tư vấn pháp lý và nơi tạm lánh.",
              "callBackFrom": "09:00",
              "callBackTo": "11:00",
              "caseRequested": true
            }""";

    static final String SILENT_CALL = """
            {
              "type": "SILENT",
              "callerPhoneWithheld": true
            }""";

    static final String PATCH = """
            {
              "urgency": "DANGER_TO_LIFE",
              "services": ["EMERGENCY_DISPATCH"],
              "callBackFrom": null,
              "callBackTo": null
            }""";

    static final String LOOKUP = """
            {"phone": "+84 912-345-678"}""";

    static final String LINE = """
            {"number": "1800 1769", "name": "Đường dây nóng tỉnh", "organisationId": 2, "active": true}""";

    static final String CATEGORY = """
            {"code": "GBV_ONLINE", "parentCode": "GBV", "nameVi": "Bạo lực trên không gian mạng",
             "nameEn": "Online violence", "sort": 70}""";

    private ApiExamples() {
    }
}

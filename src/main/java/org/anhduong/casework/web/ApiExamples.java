package org.anhduong.casework.web;

/** Request examples for the OpenAPI description; made-up people and numbers. */
final class ApiExamples {

    static final String INTAKE_111 = """
            {"type": "CHILD_ABUSE", "source": "NATIONAL_HOTLINE_111", "referringReference": "111-2026-004512",
             "priority": "HIGH", "communeCode": "06685",
             "client": {"fullName": "Nguyễn Thị Lan", "sex": "FEMALE", "dateOfBirth": "1994",
                        "phones": ["0912 345 678"], "ethnicity": "01", "nationality": "VN",
                        "maritalStatus": "MARRIED", "occupation": "WORKER", "communeCode": "06685"},
             "companions": [{"relation": "CHILD", "sex": "FEMALE", "dateOfBirth": "2017"},
                            {"relation": "CHILD", "sex": "MALE", "dateOfBirth": "2020-03"}]}""";

    static final String HANDOVER = """
            {"type": "TRAFFICKING", "source": "POLICE_OR_BORDER_HANDOVER", "referringReference": "BP-MC-2026-031",
             "priority": "URGENT", "client": {"sex": "FEMALE", "ageGroup": "AGE_16_17", "ethnicity": "08"},
             "confirmNoDuplicate": true}""";

    static final String ASSIGN = """
            {"assignedWorkerId": 42, "status": "ASSESSMENT"}""";

    static final String PRIORITY = """
            {"priority": "URGENT", "riskLevel": "HIGH"}""";

    static final String CLIENT = """
            {"sex": "FEMALE", "dateOfBirth": "17/05/1994", "idNumber": "022194001234",
             "phones": ["0912 345 678", "0387 654 321"], "address": "Tổ 5, khu 3", "ethnicity": "01",
             "nationality": "VN", "disability": "NO", "communeCode": "06685", "maritalStatus": "SEPARATED",
             "occupation": "WORKER"}""";

    static final String CLIENT_PATCH = """
            {"address": "Thôn 2, xã Quảng La", "phones": ["0912 345 678"], "communeCode": "06685"}""";

    static final String COMPANION = """
            {"relation": "CHILD", "sex": "MALE", "dateOfBirth": "2021"}""";

    static final String SEARCH_NAME = """
            {"name": "nguyen thi lan"}""";

    static final String SEARCH_PHONE = """
            {"phone": "0912 345 678"}""";

    private ApiExamples() {
    }
}

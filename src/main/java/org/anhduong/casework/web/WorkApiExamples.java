package org.anhduong.casework.web;

/** Request examples of the case-work API (assessments, plan, follow-ups, notes); made-up content. */
final class WorkApiExamples {

    static final String HIGH_RISK = """
            {"answers": {"THREATS_TO_KILL": false, "WEAPON": true, "STRANGULATION": false, "FEARS_FOR_LIFE": true,
                         "ESCALATION": true, "CHILDREN_AT_RISK": false},
             "safetyPlan": "Giữ điện thoại sạc đầy; hẹn với chị gái ở xã bên nếu phải rời nhà ban đêm."}""";

    static final String LOW_RISK = """
            {"answers": {"THREATS_TO_KILL": false, "WEAPON": false, "STRANGULATION": false, "FEARS_FOR_LIFE": false,
                         "JEALOUS_CONTROL": true}}""";

    static final String GOAL = """
            {"text": "Chị và hai con có chỗ ở an toàn trong 30 ngày tới.", "status": "OPEN"}""";

    static final String COUNSELLING = """
            {"type": "DIRECT_COUNSELLING_IN_PERSON", "givenOn": "2026-03-10",
             "outcome": "Chị đã nói được về nỗi sợ; hẹn gặp lại sau một tuần."}""";

    static final String LEGAL_AID = """
            {"type": "LEGAL_AID", "givenOn": "2026-03-12", "providerOrganisationId": 7,
             "outcome": "Đã hướng dẫn thủ tục xin quyết định cấm tiếp xúc."}""";

    static final String FOLLOW_UP = """
            {"dueOn": "2026-03-17", "purpose": "Gọi hỏi chị đã gặp luật sư chưa.", "assignedTo": 42}""";

    static final String DONE = """
            {"result": "Chị đã gặp luật sư ngày 15/03; ổn."}""";

    static final String NOTE = """
            {"text": "Chị gọi lại, báo chồng đã về quê; tạm thời an toàn."}""";

    static final String CORRECTION = """
            {"text": "Đính chính: chồng chị về quê ngày 12/03, không phải 11/03.", "corrects": 118}""";

    private WorkApiExamples() {
    }
}

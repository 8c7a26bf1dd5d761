package org.anhduong.reporting.internal.export;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NarrativeTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final LocalDate FROM = LocalDate.of(2022, 1, 1);
    static final LocalDate TO = LocalDate.of(2022, 6, 30);

    /** The department's figures for the first half of 2022. */
    static Map<String, Long> figures2022() {
        var figures = new HashMap<String, Long>();
        figures.put("contacts.total", 2134L);
        figures.put("contacts.gbvRelated", 71L);
        figures.put("counselling.directCases", 10L);
        figures.put("emergency.cases", 21L);
        figures.put("emergency.persons", 25L);
        figures.put("emergency.accompanyingChildren", 4L);
        figures.put("intake.fromNationalHotline111", 8L);
        figures.put("trafficking.received", 2L);
        figures.put("trafficking.handedOverToFamily", 1L);
        figures.put("trafficking.handedOverToOrganization", 1L);
        figures.put("residentialCare.children", 4L);
        figures.put("residentialCare.traffickedChildren", 4L);
        return figures;
    }

    static Map<String, Map<String, Map<String, Long>>> sexes2022() {
        return Map.of(
                "trafficking.received", Map.of("sex", sex(2, 0, 0, 0)),
                "residentialCare.children", Map.of("sex", sex(1, 3, 0, 0)),
                "residentialCare.traffickedChildren", Map.of("sex", sex(1, 3, 0, 0)));
    }

    static Map<String, Long> sex(long female, long male, long other, long unknown) {
        return Map.of("FEMALE", female, "MALE", male, "OTHER", other, "UNKNOWN", unknown);
    }

    static NarrativeInput vi(Map<String, Long> figures, Map<String, Map<String, Map<String, Long>>> breakdowns,
                             boolean suppress) {
        return new NarrativeInput(FROM, TO, "6 tháng đầu năm 2022", "Trung tâm Công tác xã hội", List.of("1800 1769"),
                figures, breakdowns, suppress);
    }

    static NarrativeInput en(Map<String, Long> figures, Map<String, Map<String, Map<String, Long>>> breakdowns,
                             boolean suppress) {
        return new NarrativeInput(FROM, TO, "the first six months of 2022", "the Social Work Centre",
                List.of("1800 1769"), figures, breakdowns, suppress);
    }

    @Test
    void theDepartmentsFiguresOf2022ReadAsItsOwnParagraph() {
        var paragraphs = Narrative.paragraphs(vi(figures2022(), sexes2022(), false), VI);

        // The department's sentence, with the number of the children who came with their mothers added.
        assertThat(paragraphs).containsExactly("Trong 6 tháng đầu năm 2022, Trung tâm Công tác xã hội đã tiếp nhận "
                + "2.134 cuộc gọi đến đường dây 1800 1769, trong đó có 71 cuộc gọi liên quan đến bạo lực trên cơ sở giới; "
                + "tư vấn trực tiếp 10 trường hợp; hỗ trợ khẩn cấp 21 trường hợp với 25 người (bao gồm cả 4 trẻ em đi "
                + "cùng mẹ); tiếp nhận 8 trường hợp từ Tổng đài quốc gia bảo vệ trẻ em 111; tiếp nhận 2 phụ nữ do cơ "
                + "quan chức năng bàn giao, đưa 1 người trở về gia đình và bàn giao 1 người cho tổ chức; hiện đang chăm "
                + "sóc 4 trẻ em bị mua bán (1 trẻ em gái, 3 trẻ em trai).");
        assertThat(paragraphs.getFirst()).contains("2.134", "71 cuộc gọi", "25 người", "111",
                "1 trẻ em gái, 3 trẻ em trai");
    }

    @Test
    void inEnglishWithCommasAndPlurals() {
        var paragraphs = Narrative.paragraphs(en(figures2022(), sexes2022(), false), Locale.ENGLISH);

        assertThat(paragraphs).containsExactly("In the first six months of 2022, the Social Work Centre received 2,134 "
                + "calls on the 1800 1769 line, 71 of them about gender-based violence; gave direct counselling in 10 "
                + "cases; gave emergency support in 21 cases covering 25 people (including 4 children who came with "
                + "their mothers); received 8 cases from the national child-protection line 111; took into care 2 women "
                + "handed over by the authorities, returned 1 person to their family and handed 1 person over to an "
                + "organisation; and currently cares for 4 trafficked children (1 girl, 3 boys).");
    }

    @Test
    void singularsInEnglish() {
        var figures = Map.of("contacts.total", 1L, "contacts.gbvRelated", 1L, "counselling.directCases", 1L,
                "emergency.cases", 1L, "emergency.persons", 2L, "emergency.accompanyingChildren", 1L,
                "residentialCare.children", 1L, "residentialCare.traffickedChildren", 1L);
        var breakdowns = Map.of("residentialCare.traffickedChildren", Map.of("sex", sex(0, 1, 0, 0)));

        String text = Narrative.paragraphs(en(figures, breakdowns, false), Locale.ENGLISH).getFirst();

        assertThat(text).contains("received 1 call on", "in 1 case;", "in 1 case covering 2 people (including 1 child "
                + "who came with their mother)", "and currently cares for 1 trafficked child (1 boy).");
    }

    @Test
    void zeroCallsAreSaidAndOtherZeroClausesLeftOut() {
        var figures = Map.of("contacts.total", 0L, "counselling.directCases", 0L, "emergency.cases", 3L,
                "emergency.persons", 3L);

        assertThat(Narrative.paragraphs(vi(figures, Map.of(), false), VI)).containsExactly("Trong 6 tháng đầu năm "
                + "2022, Trung tâm Công tác xã hội không tiếp nhận cuộc gọi nào đến đường dây 1800 1769; hỗ trợ khẩn cấp "
                + "3 trường hợp với 3 người.");
        assertThat(Narrative.paragraphs(en(Map.of(), Map.of(), false), Locale.ENGLISH)).containsExactly("In the first "
                + "six months of 2022, the Social Work Centre received no calls on the 1800 1769 line.");
    }

    @Test
    void callsWithoutGenderBasedViolenceSaySo() {
        var figures = Map.of("contacts.total", 12L);

        assertThat(Narrative.paragraphs(vi(figures, Map.of(), false), VI).getFirst())
                .endsWith("12 cuộc gọi đến đường dây 1800 1769, trong đó không có cuộc gọi nào liên quan đến bạo lực "
                        + "trên cơ sở giới.");
    }

    @Test
    void smallCountsAreSuppressedAndTheirBreakdownsLeftOut() {
        var figures = figures2022();
        figures.put("residentialCare.children", 9L);
        figures.put("residentialCare.traffickedChildren", 6L);
        var breakdowns = Map.of("trafficking.received", Map.of("sex", sex(1, 1, 0, 0)),
                "residentialCare.children", Map.of("sex", sex(5, 4, 0, 0)),
                "residentialCare.traffickedChildren", Map.of("sex", sex(6, 0, 0, 0)));

        String vi = Narrative.paragraphs(vi(figures, breakdowns, true), VI).getFirst();
        String en = Narrative.paragraphs(en(figures, breakdowns, true), Locale.ENGLISH).getFirst();

        assertThat(vi).contains("2.134 cuộc gọi", "(bao gồm cả dưới 5 trẻ em đi cùng mẹ)", "tiếp nhận dưới 5 người do",
                "đưa dưới 5 người trở về gia đình", "hiện đang chăm sóc 9 trẻ em, trong đó có 6 trẻ em bị mua bán "
                        + "(6 trẻ em gái).");
        assertThat(vi).doesNotContain(" 1 ", " 2 ", " 4 ", "3 trẻ em trai", "phụ nữ");
        assertThat(en).contains("(including fewer than 5 children who came with their mothers)",
                "took into care fewer than 5 people handed over", "returned fewer than 5 people to their families",
                "currently cares for 9 children in residential care, including 6 trafficked children (6 girls).");
    }

    @Test
    void traffickedPersonsOfBothSexes() {
        var figures = Map.of("contacts.total", 100L, "trafficking.received", 2L);
        var breakdowns = Map.of("trafficking.received", Map.of("sex", sex(1, 1, 0, 0)));

        assertThat(Narrative.paragraphs(vi(figures, breakdowns, false), VI).getFirst())
                .contains("; tiếp nhận 2 người (1 nữ, 1 nam) do cơ quan chức năng bàn giao.");
        assertThat(Narrative.paragraphs(en(figures, breakdowns, false), Locale.ENGLISH).getFirst())
                .contains("; and took into care 2 people (1 woman, 1 man) handed over by the authorities.");
    }

    @Test
    void everySexIsWordedInBothLanguages() {
        var figures = Map.of("contacts.total", 100L, "trafficking.received", 10L, "residentialCare.children", 10L);
        var breakdowns = Map.of("trafficking.received", Map.of("sex", sex(1, 2, 3, 4)),
                "residentialCare.children", Map.of("sex", sex(4, 3, 2, 1)));

        assertThat(Narrative.paragraphs(vi(figures, breakdowns, false), VI).getFirst()).contains(
                "tiếp nhận 10 người (1 nữ, 2 nam, 3 người có giới tính khác, 4 người chưa rõ giới tính) do",
                "hiện đang chăm sóc 10 trẻ em (4 trẻ em gái, 3 trẻ em trai, 2 trẻ em có giới tính khác, 1 trẻ em chưa "
                        + "rõ giới tính).");
        assertThat(Narrative.paragraphs(en(figures, breakdowns, false), Locale.ENGLISH).getFirst()).contains(
                "took into care 10 people (1 woman, 2 men, 3 of another gender, 4 of unknown sex) handed",
                "currently cares for 10 children in residential care (4 girls, 3 boys, 2 of another gender, 1 of unknown "
                        + "sex).");
        // Suppressed, the same figures keep only their totals.
        assertThat(Narrative.paragraphs(vi(figures, breakdowns, true), VI).getFirst())
                .contains("tiếp nhận 10 người do", "hiện đang chăm sóc 10 trẻ em.");
    }

    @Test
    void allMenAreSaidSo() {
        var figures = Map.of("contacts.total", 100L, "trafficking.received", 6L);
        var breakdowns = Map.of("trafficking.received", Map.of("sex", sex(0, 6, 0, 0)));

        assertThat(Narrative.paragraphs(vi(figures, breakdowns, true), VI).getFirst()).contains("tiếp nhận 6 nam giới do");
        assertThat(Narrative.paragraphs(en(figures, breakdowns, true), Locale.ENGLISH).getFirst())
                .contains("took into care 6 men handed");
    }

    @Test
    void handOversWithoutReceptionNameWhoWasHandedOver() {
        var figures = Map.of("contacts.total", 100L, "trafficking.handedOverToFamily", 2L,
                "trafficking.handedOverToOrganization", 1L);

        assertThat(Narrative.paragraphs(vi(figures, Map.of(), false), VI).getFirst())
                .contains("; đưa 2 nạn nhân bị mua bán trở về gia đình và bàn giao 1 người cho tổ chức.");
    }

    @Test
    void casesReferralsAndShelterInASecondParagraph() {
        var figures = new HashMap<>(figures2022());
        figures.putAll(Map.of("cases.opened", 1234L, "cases.closed", 20L, "cases.active", 48L, "referrals.sent", 30L,
                "referrals.accepted", 25L, "referrals.completed", 1L, "shelter.admissions", 12L,
                "shelter.personNights", 340L));

        assertThat(Narrative.paragraphs(vi(figures, sexes2022(), false), VI).get(1)).isEqualTo("Về quản lý trường "
                + "hợp, trong kỳ đã mở mới 1.234 hồ sơ và đóng 20 hồ sơ; đến ngày 30/06/2022, đang quản lý 48 hồ sơ. "
                + "Về chuyển gửi, đã thực hiện 30 lượt chuyển gửi đến các cơ quan, tổ chức cung cấp dịch vụ; 25 lượt "
                + "được tiếp nhận và 1 lượt đã hoàn thành. Về tạm lánh, trong kỳ có 12 lượt tiếp nhận vào cơ sở tạm "
                + "lánh và 340 đêm lưu trú (tính theo từng người).");
        assertThat(Narrative.paragraphs(en(figures, sexes2022(), false), Locale.ENGLISH).get(1)).isEqualTo("In "
                + "casework, 1,234 cases were opened and 20 cases were closed in the period; 48 cases were open on 30 "
                + "June 2022. Regarding referrals, 30 referrals were sent to service providers; 25 referrals were "
                + "accepted and 1 referral was completed. Regarding shelter, the period counted 12 admissions and 340 "
                + "person-nights.");
    }

    @Test
    void noSecondParagraphWhenItsFiguresAreAllZero() {
        assertThat(Narrative.paragraphs(vi(figures2022(), sexes2022(), false), VI)).hasSize(1);
    }

    @Test
    void aBlankPeriodNameIsSaidWithItsDates() {
        var in = new NarrativeInput(FROM, TO, " ", "xã Hạ Long", List.of(), Map.of("contacts.total", 5L), Map.of(),
                false);

        assertThat(Narrative.paragraphs(in, VI).getFirst()).startsWith("Trong thời gian từ ngày 01/01/2022 đến ngày "
                + "30/06/2022, xã Hạ Long đã tiếp nhận 5 cuộc gọi, trong đó");
    }

    @Test
    void numbersAreGroupedAsTheReaderWritesThem() {
        assertThat(Numbers.format(2134, VI)).isEqualTo("2.134");
        assertThat(Numbers.format(1234567, VI)).isEqualTo("1.234.567");
        assertThat(Numbers.format(2134, Locale.ENGLISH)).isEqualTo("2,134");
        assertThat(Numbers.format(0, VI)).isEqualTo("0");
        assertThat(Numbers.format(999, Locale.ENGLISH)).isEqualTo("999");
    }

    /** The province's prevention work of the issue: 22 models, 11 of them pilots in 10 communes. */
    static Map<String, Long> prevention() {
        var figures = new HashMap<String, Long>();
        figures.put("programme.models", 22L);
        figures.put("programme.pilots", 11L);
        figures.put("programme.pilotCommunes", 10L);
        figures.put("programme.activities", 1L);
        figures.put("programme.activityParticipants", 2350L);
        figures.put("programme.trainings", 6L);
        return figures;
    }

    @Test
    void theThirdParagraphTellsThePreventionWorkAndLeavesOutWhatIsZero() {
        assertThat(Narrative.paragraphs(vi(prevention(), Map.of(), false), VI)).last().isEqualTo(
                "Về công tác phòng ngừa, trong kỳ đã duy trì 22 mô hình bình đẳng giới, phòng ngừa bạo lực trên cơ sở"
                        + " giới, trong đó có 11 mô hình thí điểm tại 10 xã, phường; tổ chức 1 hoạt động truyền thông,"
                        + " phòng ngừa với 2.350 lượt người tham gia; mở 6 lớp tập huấn.");
        assertThat(Narrative.paragraphs(en(prevention(), Map.of(), false), Locale.ENGLISH)).last().isEqualTo(
                "On prevention, 22 gender-equality or GBV-prevention models were run, 11 of them pilots in 10"
                        + " communes; 1 communication or prevention activity was held with 2,350 participants; 6"
                        + " trainings were run.");
        assertThat(Narrative.paragraphs(vi(figures2022(), sexes2022(), false), VI))
                .noneMatch(paragraph -> paragraph.startsWith("Về công tác phòng ngừa"));
    }

    @Test
    void smallPreventionFiguresAreFewerThanFiveForTheAggregateAudience() {
        assertThat(Narrative.paragraphs(en(prevention(), Map.of(), true), Locale.ENGLISH).getLast())
                .contains("fewer than 5 communication or prevention activities were held with 2,350 participants");
    }
}

package org.anhduong.reporting.internal.export;

import org.anhduong.reporting.internal.document.Dataset;
import org.anhduong.reporting.internal.document.ReportDocument;
import org.anhduong.reporting.internal.document.ReportDocument.Row;
import org.anhduong.reporting.internal.document.ReportDocument.Section;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Report documents and datasets as the reporting service lays them out, for the writers' tests. */
final class SampleDocuments {

    static final Locale VI = Locale.forLanguageTag("vi");

    private SampleDocuments() {
    }

    static Row row(String key, String label, int depth, long value) {
        return new Row(key, label, depth, value, Numbers.format(value, VI));
    }

    static Row suppressed(String key, String label, int depth) {
        return new Row(key, label, depth, null, "<5");
    }

    static ReportDocument vietnamese() {
        var contacts = new Section("contacts", "Cuộc gọi đến Đường dây 1800 1769", List.of(
                row("contacts.total", "Tổng số cuộc gọi", 0, 2134),
                row("contacts.gbvRelated", "Bạo lực trên cơ sở giới", 0, 71),
                row("HOTLINE", "Đường dây nóng", 1, 1900),
                suppressed("ZALO", "Zalo", 1)));
        var children = new Section("residentialCare.children.bySex", "Trẻ em được chăm sóc theo giới tính", List.of(
                row("FEMALE", "trẻ em gái", 1, 1234567),
                suppressed("MALE", "trẻ em trai", 1)));
        return new ReportDocument(VI, "Báo cáo số liệu 6 tháng đầu năm 2026",
                "Từ 01/01/2026 đến 30/06/2026 · Toàn tỉnh",
                List.of("Đếm tất cả các trường hợp.", "Số từ 1 đến 4 được ghi là \"<5\"."),
                List.of(contacts, children),
                List.of("Trong 6 tháng đầu năm 2026, Trung tâm đã tiếp nhận 2.134 cuộc gọi; hiện đang chăm sóc "
                        + "4 trẻ em bị mua bán (1 trẻ em gái, 3 trẻ em trai).", "Đoạn thứ hai <b>&amp;</b> 'x'."));
    }

    static ReportDocument withSections(Section... sections) {
        return new ReportDocument(Locale.ENGLISH, "Report", "Period", List.of(), Arrays.asList(sections), List.of());
    }

    static Dataset incidents() {
        return new Dataset("incidents-2026-01-01-2026-06-30", List.of("Mã", "Nhóm tuổi", "Số dịch vụ", "Tháng"),
                List.of(Arrays.asList("S-001", "18-25", 3L, "2026-01"),
                        Arrays.asList("=HYPERLINK(\"x\")", null, 12, "2026-02"),
                        Arrays.asList("Lê, \"Thị\"\nB", "-5", 0L, null)));
    }
}

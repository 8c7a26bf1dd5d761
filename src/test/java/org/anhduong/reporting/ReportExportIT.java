package org.anhduong.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.anhduong.reporting.ReportingCalls.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report as files: the XLSX holds the summary's numbers as numbers (and LibreOffice opens it), the PDF renders
 * Vietnamese with its diacritics, the CSV lists every indicator; an external export hides small counts; viewers may
 * export only aggregate-only reports, case workers nothing.
 */
@IntegrationTest
class ReportExportIT {

    @Autowired
    ReportingCalls calls;

    Caller supervisor;
    String scope;

    @BeforeEach
    void setUp() {
        supervisor = calls.aUserWithRoles(Roles.SUPERVISOR, Roles.CASE_WORKER, Roles.HOTLINE_COUNSELLOR);
        LocalDate today = ReportingCalls.today();
        for (int i = 0; i < 7; i++) {
            calls.contact(supervisor, at(today.minusDays(2), 9, i), "ABOUT_SELF", "PHONE", "\"DV_PHYSICAL\"");
        }
        calls.contact(supervisor, at(today.minusDays(2), 10, 0), "SILENT", "PHONE", "");
        calls.openCase(supervisor, """
                {"type": "DOMESTIC_VIOLENCE", "source": "NATIONAL_HOTLINE_111", "priority": "HIGH",
                 "confirmNoDuplicate": true, "client": {"sex": "FEMALE", "dateOfBirth": "1990"}}""");
        scope = "from=" + today.minusDays(30) + "&to=" + today + "&organisation=" + supervisor.organisationId();
    }

    @Test
    void theXlsxHoldsTheSummarysNumbersAsNumbers() throws IOException {
        HttpResponse<byte[]> answer = download(supervisor, "xlsx", scope);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains(".xlsx").doesNotContain("organisation");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + Section.values().length);
            assertThat(number(workbook, "Đường dây nóng", "Tổng số cuộc gọi, liên hệ đến đường dây nóng")).isEqualTo(8);
            assertThat(number(workbook, "Đường dây nóng", "Cuộc gọi liên quan đến bạo lực trên cơ sở giới"))
                    .isEqualTo(7);
            assertThat(number(workbook, "Hồ sơ trường hợp", "Trường hợp tiếp nhận từ Tổng đài 111")).isEqualTo(1);
        }
    }

    @Test
    void libreOfficeOpensTheXlsxWithTheSameNumbers(@TempDir Path dir) throws Exception {
        boolean required = "required".equals(System.getenv("ANHDUONG_TEST_LIBREOFFICE"));
        boolean present = Files.isExecutable(Path.of("/usr/bin/soffice"));
        Assumptions.assumeTrue(present || required, "LibreOffice is not installed");
        assertThat(present).as("LibreOffice is required here").isTrue();
        Path xlsx = dir.resolve("report.xlsx");
        Files.write(xlsx, download(supervisor, "xlsx", scope).body());
        // Sheet 2 is the hotline's: LibreOffice writes one sheet to CSV, chosen by its number (LibreOffice 7.2+).
        Process convert = new ProcessBuilder("/usr/bin/soffice", "--headless", "-env:UserInstallation=file://"
                + dir.resolve("profile"), "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2",
                "--outdir", dir.toString(), xlsx.toString()).redirectErrorStream(true).start();
        assertThat(convert.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        List<Path> written = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.filter(file -> file.toString().endsWith(".csv")).forEach(written::add);
        }
        assertThat(written).as(new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isNotEmpty();
        String csv = Files.readString(written.getFirst(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Tổng số cuộc gọi, liên hệ đến đường dây nóng\",8")
                .contains("Cuộc gọi liên quan đến bạo lực trên cơ sở giới,7");
    }

    @Test
    void thePdfRendersVietnameseAndTheCsvListsEveryIndicator() throws IOException {
        HttpResponse<byte[]> pdf = download(supervisor, "pdf", scope);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Cuộc gọi liên quan đến bạo lực trên cơ sở giới")
                    .contains("Đường dây nóng").contains("Tổng đài 111");
        }
        String csv = new String(download(supervisor, "csv", scope).body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        for (Indicator indicator : Indicator.values()) {
            assertThat(csv).as(indicator.key()).contains("," + indicator.key() + ",");
        }
    }

    @Test
    void anExternalExportHidesSmallCountsAndOthersMayNotExport() throws IOException {
        String csv = new String(download(supervisor, "csv", scope + "&audience=EXTERNAL").body(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains(",contacts.total,").contains("<5");
        assertThat(csv).doesNotContain(",intake.fromNationalHotline111,\"Trường hợp tiếp nhận từ Tổng đài 111\",1");

        Caller viewer = calls.aUserWithRoles(Roles.VIEWER);
        assertThat(download(viewer, "csv", scope).statusCode()).as("an aggregate-only export").isEqualTo(200);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        assertThat(download(worker, "csv", scope).statusCode()).isEqualTo(403);
        assertThat(calls.get(supervisor, "/api/v1/reports/export?format=docx&" + scope).status()).isEqualTo(400);
        var noStart = calls.get(supervisor, "/api/v1/reports/summary?to=2026-12-31");
        assertThat(noStart.status()).isEqualTo(400);
        assertThat(noStart.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(noStart.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        String openApi = calls.get(supervisor, "/v3/api-docs").body();
        for (String path : new String[]{"summary", "catalogue", "narrative", "export", "incidents"}) {
            assertThat(openApi).as(path + " documented").contains("\"/api/v1/reports/" + path + "\"");
        }
    }

    @Test
    void theIncidentDatasetIsAnonymousAndForAdministratorsAndSupervisorsOfTheirOwnOrganisation() {
        long caseId = calls.openCase(supervisor, """
                {"type": "DOMESTIC_VIOLENCE", "source": "WALK_IN", "priority": "HIGH", "confirmNoDuplicate": true,
                 "client": {"fullName": "Đặng Thị Ẩn Danh", "sex": "FEMALE", "dateOfBirth": "1991",
                            "phones": ["%s"]}}""".formatted(org.anhduong.test.ApiCalls.aPhoneNumber()));
        String survivorCode = calls.get(supervisor, ReportingCalls.CASES + "/" + caseId).json().get("case")
                .get("survivorCode").asString();
        calls.created(calls.post(supervisor, ReportingCalls.CASES + "/" + caseId + "/incidents", """
                {"date": "%s", "timeOfDay": "EVENING", "placeType": "HOME",
                 "answers": {"penetration": false, "unwantedSexualContact": false, "physicalAssault": true},
                 "perpetrators": [{"relation": "CURRENT_HUSBAND_OR_WIFE", "sex": "MALE", "ageGroup": "AGE_25_59"}],
                 "abduction": "NOT_ABDUCTED"}""".formatted(ReportingCalls.today().minusDays(3))));

        String internal = new String(incidents(supervisor, "csv", scope).body(), StandardCharsets.UTF_8);
        assertThat(internal).contains("Mã thân chủ").contains(survivorCode).doesNotContain("Đặng Thị");
        String external = new String(incidents(supervisor, "csv", scope + "&audience=EXTERNAL").body(),
                StandardCharsets.UTF_8);
        assertThat(external).doesNotContain(survivorCode);

        assertThat(incidents(calls.aUserWithRoles(Roles.VIEWER), "csv", scope).statusCode()).isEqualTo(403);
        assertThat(incidents(calls.aUserWithRoles(Roles.PROGRAMME_OFFICER), "csv", scope).statusCode()).isEqualTo(403);
        Caller otherSupervisor = calls.aUserWithRoles(Roles.SUPERVISOR);
        assertThat(incidents(otherSupervisor, "csv", scope).statusCode()).as("another organisation's").isEqualTo(403);
        String own = new String(incidents(otherSupervisor, "csv", scope.replaceAll("&organisation=\\d+", ""))
                .body(), StandardCharsets.UTF_8);
        assertThat(own).as("her own organisation's, which has none").doesNotContain(survivorCode);
        assertThat(incidents(supervisor, "pdf", scope).statusCode()).isEqualTo(400);
    }

    private HttpResponse<byte[]> incidents(Caller caller, String format, String query) {
        return get(caller, "/api/v1/reports/incidents?format=" + format + "&" + query);
    }

    private HttpResponse<byte[]> download(Caller caller, String format, String query) {
        return get(caller, "/api/v1/reports/export?format=" + format + "&" + query);
    }

    private HttpResponse<byte[]> get(Caller caller, String path) {
        try {
            return HttpClient.newHttpClient().send(calls.api().request(path)
                    .header("Authorization", "Bearer " + caller.token()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The number beside a label on a sheet, failing when it is not a numeric cell. */
    private static long number(XSSFWorkbook workbook, String sheetName, String label) {
        Sheet sheet = workbook.getSheet(sheetName);
        assertThat(sheet).as(sheetName).isNotNull();
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().strip().equals(label)) {
                Cell value = row.getCell(1);
                assertThat(value.getCellType()).as(label + " is a number").isEqualTo(CellType.NUMERIC);
                return (long) value.getNumericCellValue();
            }
        }
        throw new AssertionError(label + " is not on " + sheetName);
    }
}

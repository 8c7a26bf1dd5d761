package org.anhduong.programme;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The acceptance, through the API only, in 1991 (a year no other test uses): a programme officer records 22
 * maintained models and 11 pilots in 10 communes, an Action Month with activities and a training of 30 (18 women, 12
 * men); the summary and its XLSX show exactly those figures. Models still running count in later years, so the
 * other programme tests use later years (1992–1995) and this one stays exact. A viewer reads and cannot edit; a case worker cannot edit.
 */
@IntegrationTest
class ProgrammeAcceptanceIT {

    static final LocalDate FROM = LocalDate.of(1991, 1, 1);
    static final LocalDate TO = LocalDate.of(1991, 12, 31);
    static final List<String> COMMUNES = List.of("06652", "06658", "06661", "06673", "06676", "06685", "06688",
            "06706", "06709", "06712");

    @Autowired
    ProgrammeCalls calls;

    @Test
    void theSummaryAndItsWorkbookShowWhatWasRecorded() throws IOException, InterruptedException {
        Caller officer = calls.aUserWithRoles(Roles.PROGRAMME_OFFICER);
        for (int i = 0; i < 22; i++) {
            ProgrammeCalls.id(calls.model(officer, "Mô hình duy trì " + i, "GENDER_EQUALITY_GBV", false,
                    List.of("06760"), "MAINTAINED", FROM.plusDays(i)));
        }
        for (int i = 0; i < 11; i++) {
            ProgrammeCalls.id(calls.model(officer, "Mô hình thí điểm " + i, i % 2 == 0 ? "SAFE_CITY" : "LIVELIHOOD",
                    true, List.of(COMMUNES.get(i % 10)), "ACTIVE", FROM.plusMonths(1)));
        }
        long month = calls.campaign(officer, "ACTION_MONTH", 1991);
        JsonNode campaign = calls.get(officer, ProgrammeCalls.BASE + "/campaigns/" + month).json();
        assertThat(campaign.get("startsOn").asString()).isEqualTo("1991-11-15");
        assertThat(campaign.get("endsOn").asString()).isEqualTo("1991-12-15");
        ProgrammeCalls.id(calls.activity(officer, "COMMUNICATION_EVENT", LocalDate.of(1991, 11, 15), "06652", month,
                120, 80, 2));
        ProgrammeCalls.id(calls.activity(officer, "COMMUNICATION_EVENT", LocalDate.of(1991, 11, 25), "06658", month,
                60, 30, 0));
        ProgrammeCalls.id(calls.activity(officer, "FORUM", LocalDate.of(1991, 12, 10), "06661", month, 40, 10, 0));
        ProgrammeCalls.id(calls.training(officer, "COORDINATION", "COMMUNE", LocalDate.of(1991, 11, 20), "06652",
                18, 12));

        JsonNode summary = calls.summary(officer, FROM, TO);
        JsonNode models = summary.get("models");
        assertThat(models.get("byStatus").get("MAINTAINED").asLong()).isEqualTo(22);
        assertThat(models.get("byStatus").get("ACTIVE").asLong()).isEqualTo(11);
        assertThat(models.get("pilots").asLong()).isEqualTo(11);
        assertThat(models.get("pilotCommunes").asLong()).isEqualTo(10);
        assertThat(models.get("total").asLong()).isEqualTo(33);
        assertThat(summary.get("activityCount").asLong()).isEqualTo(3);
        assertThat(summary.get("activityParticipants").get("female").asLong()).isEqualTo(220);
        assertThat(summary.get("activityParticipants").get("male").asLong()).isEqualTo(120);
        assertThat(summary.get("activityParticipants").get("total").asLong()).isEqualTo(342);
        assertThat(summary.get("trainingCount").asLong()).isEqualTo(1);
        JsonNode training = summary.get("trainings").get(0);
        assertThat(training.get("topic").asString()).isEqualTo("COORDINATION");
        assertThat(training.get("level").asString()).isEqualTo("COMMUNE");
        assertThat(training.get("participants").get("female").asLong()).isEqualTo(18);
        assertThat(training.get("participants").get("male").asLong()).isEqualTo(12);
        assertThat(training.get("participants").get("total").asLong()).isEqualTo(30);

        JsonNode action = calls.get(officer, ProgrammeCalls.BASE + "/campaigns/" + month + "/summary").json();
        assertThat(action.get("activities").asLong()).isEqualTo(3);
        assertThat(action.get("period").get("activityCount").asLong()).isEqualTo(3);
        assertThat(action.get("period").get("trainingCount").asLong()).isEqualTo(1);

        var file = calls.workbook(officer, FROM, TO);
        assertThat(file.statusCode()).isEqualTo(200);
        Map<String, Double> overview = overview(file.body());
        assertThat(overview).containsEntry("Số mô hình", 33.0).containsEntry("Mô hình thí điểm", 11.0)
                .containsEntry("Số xã, phường có mô hình thí điểm", 10.0).containsEntry("Số hoạt động", 3.0)
                .containsEntry("Số lớp tập huấn", 1.0).containsEntry("Số người được tập huấn", 30.0);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(statusCount(book.getSheet("Mô hình"), "Duy trì")).isEqualTo(22.0);
            Row trainings = book.getSheet("Tập huấn").getRow(1);
            assertThat(trainings.getCell(3).getNumericCellValue()).isEqualTo(18.0);
            assertThat(trainings.getCell(4).getNumericCellValue()).isEqualTo(12.0);
            assertThat(trainings.getCell(6).getNumericCellValue()).isEqualTo(30.0);
        }
        if (soffice() != null) {
            libreOfficeReads(file.body(), "Số mô hình,33", "Mô hình thí điểm,11", "Số người được tập huấn,30");
        }

        Caller viewer = calls.aUserWithRoles(Roles.VIEWER);
        assertThat(calls.summary(viewer, FROM, TO).get("models").get("pilots").asLong()).isEqualTo(11);
        assertThat(calls.workbook(viewer, FROM, TO).statusCode()).isEqualTo(200);
        assertThat(calls.model(viewer, "Không được", "OTHER", false, List.of("06652"), "ACTIVE", FROM).status())
                .isEqualTo(403);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        assertThat(calls.model(worker, "Không được", "OTHER", false, List.of("06652"), "ACTIVE", FROM).status())
                .isEqualTo(403);
        assertThat(calls.activity(worker, "FORUM", FROM, "06652", null, 1, 1, 0).status()).isEqualTo(403);
    }

    /** The overview sheet's labels with their number cells; failing when a figure is not a number cell. */
    private static Map<String, Double> overview(byte[] xlsx) throws IOException {
        Map<String, Double> figures = new HashMap<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Tổng quan");
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                figures.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
            }
        }
        return figures;
    }

    private static double statusCount(Sheet sheet, String status) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && status.equals(row.getCell(1).getStringCellValue())
                    && row.getCell(0).getStringCellValue().equals("Tất cả các loại")) {
                return row.getCell(2).getNumericCellValue();
            }
        }
        throw new AssertionError("no row for " + status);
    }

    @Test
    void libreOfficeOpensTheWorkbookWithTheSameNumbers() throws IOException, InterruptedException {
        assumeThat(soffice()).as("LibreOffice (soffice) is not installed").isNotNull();
        Caller officer = calls.aUserWithRoles(Roles.PROGRAMME_OFFICER);
        ProgrammeCalls.id(calls.training(officer, "COUNSELLING", "VILLAGE", LocalDate.of(1995, 4, 2), "06652", 18,
                12));
        var file = calls.workbook(officer, LocalDate.of(1995, 1, 1), LocalDate.of(1995, 12, 31));
        libreOfficeReads(file.body(), "Số lớp tập huấn,1", "Số người được tập huấn,30");
    }

    /** LibreOffice converts the first sheet to CSV headless: it opens the file and reads the same numbers. */
    private static void libreOfficeReads(byte[] xlsx, String... lines) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("programme-xlsx");
        Path file = dir.resolve("summary.xlsx");
        Files.write(file, xlsx);
        Process convert = new ProcessBuilder(soffice().toString(), "--headless", "-env:UserInstallation=file://"
                + dir.resolve("profile"), "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir.toString(), file.toString())
                .redirectErrorStream(true).start();
        assertThat(convert.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("summary.csv"), java.nio.charset.StandardCharsets.UTF_8))
                .contains(lines);
    }

    /** soffice on the PATH, or null. */
    private static Path soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}

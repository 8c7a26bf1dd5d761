package org.anhduong.geography;

import org.anhduong.test.AuditRows;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.Ui;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;

import static org.anhduong.geography.MadeUpProvince.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Re-imports, each on a made-up province of its own: the file replaces only the provinces it names. */
@IntegrationTest
@WithMockUser(roles = "ADMINISTRATOR")
class GeographyImportIT {

    static final LocalDate TODAY = LocalDate.now(Ui.ZONE);
    static final LocalDate FIRST = TODAY.minusDays(100);
    static final LocalDate DECREE = TODAY.minusDays(10);

    @Autowired
    Localities localities;

    @Autowired
    JdbcClient jdbc;

    long importEvents(LocalDate effective) {
        AuditRows.awaitSealed(jdbc);
        return jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'localities.import' AND record_id = :d")
                .param("d", effective.toString()).query(Long.class).single();
    }

    @Test
    void renamedRemovedAndNewUnitsGetVersions() {
        var p = MadeUpProvince.create();
        localities.importUnits(csv(p.provinceLine(), p.communeLine(1, "Xã Cũ"), p.communeLine(2, "Xã Bỏ"),
                p.communeLine(3, "Xã Giữ")), FIRST, false);

        ImportResult result = localities.importUnits(csv(p.provinceLine(), p.communeLine(1, "Phường Mới"),
                p.communeLine(3, "Xã Giữ"), p.communeLine(4, "Xã Thêm")), DECREE, false);

        assertThat(result).isEqualTo(new ImportResult(DECREE, false, 2, 1, 1, 1));
        assertThat(localities.findOn(p.commune(1), DECREE.minusDays(1))).get()
                .satisfies(old -> assertThat(old.name()).isEqualTo("Xã Cũ"))
                .satisfies(old -> assertThat(old.validTo()).isEqualTo(DECREE.minusDays(1)));
        assertThat(localities.find(p.commune(1))).get().satisfies(now -> assertThat(now.name()).isEqualTo("Phường Mới"));
        assertThat(localities.find(p.commune(2))).isEmpty();
        assertThat(localities.findOn(p.commune(2), DECREE.minusDays(1))).isPresent();
        assertThat(localities.children(p.code())).extracting(Locality::name)
                .containsExactly("Phường Mới", "Xã Giữ", "Xã Thêm");
        assertThat(localities.children("22")).as("other provinces are untouched").hasSize(54);
        assertThat(importEvents(DECREE)).isPositive();
    }

    @Test
    void communesCanBeImportedWithoutTheirProvinceRow() {
        var p = MadeUpProvince.create();
        localities.importUnits(csv(p.provinceLine(), p.communeLine(1, "Xã Một")), FIRST, false);

        ImportResult result = localities.importUnits(csv(p.communeLine(2, "Xã Hai")), DECREE, false);

        assertThat(result).isEqualTo(new ImportResult(DECREE, false, 0, 0, 1, 1));
        assertThat(localities.find(p.code())).as("a province the file only names stays").isPresent();
    }

    @Test
    void dryRunCountsWithoutWriting() {
        var p = MadeUpProvince.create();
        localities.importUnits(csv(p.provinceLine(), p.communeLine(1, "Xã Cũ")), FIRST, false);
        long audited = importEvents(DECREE);

        ImportResult result = localities.importUnits(csv(p.provinceLine(), p.communeLine(1, "Xã Mới")), DECREE, true);

        assertThat(result).isEqualTo(new ImportResult(DECREE, true, 1, 1, 0, 0));
        assertThat(localities.find(p.commune(1))).get().satisfies(u -> assertThat(u.name()).isEqualTo("Xã Cũ"));
        assertThat(importEvents(DECREE)).isEqualTo(audited);
    }

    @Test
    void anInvalidFileIsReportedByLineAndWritesNothing() {
        var p = MadeUpProvince.create();
        String file = csv(p.provinceLine(), "commune," + p.commune(1) + ",,", p.communeLine(2, "Xã Đúng"));

        var e = catchThrowableOfType(InvalidInputException.class, () -> localities.importUnits(file, FIRST, false));

        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("line 3", "line 3");
        assertThat(localities.find(p.code())).isEmpty();
        assertThat(localities.find(p.commune(2))).isEmpty();
    }

    @Test
    void newVersionsMustStartAfterTheOnesTheyEnd() {
        var p = MadeUpProvince.create();
        localities.importUnits(csv(p.provinceLine(), p.communeLine(1, "Xã Cũ")), DECREE, false);

        var e = catchThrowableOfType(InvalidInputException.class,
                () -> localities.importUnits(csv(p.provinceLine(), p.communeLine(1, "Xã Mới")), FIRST, false));

        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("effectiveDate");
        assertThat(localities.find(p.commune(1))).get().satisfies(u -> assertThat(u.name()).isEqualTo("Xã Cũ"));
    }

    @Test
    void aFutureDecreeTakesEffectOnItsDay() {
        var p = MadeUpProvince.create();
        localities.importUnits(csv(p.provinceLine(), p.communeLine(1, "Xã Nay")), FIRST, false);

        localities.importUnits(csv(p.provinceLine(), p.communeLine(1, "Xã Mai")), TODAY.plusDays(30), false);

        assertThat(localities.find(p.commune(1))).get().satisfies(u -> assertThat(u.name()).isEqualTo("Xã Nay"));
        assertThat(localities.findOn(p.commune(1), TODAY.plusDays(30))).get()
                .satisfies(u -> assertThat(u.name()).isEqualTo("Xã Mai"));
    }

    @Test
    @WithMockUser(roles = "CASE_WORKER")
    void onlyAdministratorsImport() {
        var p = MadeUpProvince.create();

        assertThatThrownBy(() -> localities.importUnits(csv(p.provinceLine()), FIRST, true))
                .isInstanceOf(AccessDeniedException.class);
    }
}

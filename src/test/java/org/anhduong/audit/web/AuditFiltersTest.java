package org.anhduong.audit.web;

import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditQuery;
import org.anhduong.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AuditFiltersTest {

    @Test
    void readsTheScreensDatesAndTrimsText() {
        var form = new AuditFilterForm(" lan ", "12", "case", "7", "case.", "DENIED", "5/3/2025", "06/03/2025", "2");

        var read = AuditFilters.read(form, AuditFilters.SCREEN);

        assertThat(read.problems()).isEmpty();
        assertThat(read.query()).isEqualTo(new AuditQuery("lan", 12L, "case", "7", "case.", AuditOutcome.DENIED,
                LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 6), 2));
    }

    @Test
    void anEmptyFormAsksForTheNewestEvents() {
        assertThat(AuditFilters.read(AuditFilterForm.empty(), AuditFilters.API).query()).isEqualTo(AuditQuery.newest());
    }

    @Test
    void reportsEveryFieldItCannotRead() {
        var form = new AuditFilterForm(null, "lan", null, null, null, "MAYBE", "31/02/2025", "2025-03-01", "x");

        var read = AuditFilters.read(form, AuditFilters.SCREEN);

        assertThat(read.query()).isNull();
        assertThat(read.problems()).extracting(FieldProblem::field).containsExactly("userId", "outcome", "from", "to", "page");
        assertThat(read.problems()).filteredOn(p -> p.field().equals("from")).extracting(FieldProblem::messageKey)
                .containsExactly("validation.date");
    }

    @Test
    void theApiWantsIsoDatesAndAnOrderedRange() {
        var reversed = new AuditFilterForm(null, null, null, null, null, null, "2025-03-05", "2025-03-04", null);
        var screenStyle = new AuditFilterForm(null, null, null, null, null, null, "05/03/2025", null, null);

        assertThat(AuditFilters.read(reversed, AuditFilters.API).problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(tuple("to", "audit.error.range"));
        assertThat(AuditFilters.read(screenStyle, AuditFilters.API).problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(tuple("from", "audit.error.isoDate"));
    }

    @Test
    void pageLinksKeepTheFilterAndLeaveOutEmptyFields() {
        var form = new AuditFilterForm("lan nguyen", null, "", null, null, null, "05/03/2025", null, null);

        assertThat(AuditScreenController.url(form.withPage(2)))
                .isEqualTo("/admin/audit?user=lan%20nguyen&from=05/03/2025&page=2");
    }
}

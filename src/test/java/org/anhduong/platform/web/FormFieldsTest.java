package org.anhduong.platform.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FormFieldsTest {

    @Test
    void daysAreReadAsPeopleWriteThemAndShownInFull() {
        var form = new FormFields();

        assertThat(form.day("05/03/2026", "a")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(form.day(" 5/3/2026 ", "b")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(form.day("", "c")).isNull();
        assertThat(form.problems()).isEmpty();
        assertThat(FormFields.shown(LocalDate.of(2026, 3, 5))).isEqualTo("05/03/2026");
        assertThat(FormFields.shown(null)).isEmpty();
    }

    @Test
    void everyFieldThatIsNotADayOrANumberIsAProblemOfItsOwn() {
        var form = new FormFields();

        assertThat(form.day("31/02/2026", "startedOn")).isNull();
        assertThat(form.day("2026-03-05", "endedOn")).isNull();
        assertThat(form.id("abc", "facilityId")).isNull();
        assertThat(form.id(" 42 ", "personId")).isEqualTo(42L);
        form.problem("persons", "shelter.persons.none");

        assertThat(form.problems()).extracting(FieldProblem::field)
                .containsExactly("startedOn", "endedOn", "facilityId", "persons");
        assertThat(form.problems()).extracting(FieldProblem::messageKey)
                .containsExactly("validation.date", "validation.date", "validation.format", "shelter.persons.none");
    }
}

package org.anhduong.programme.internal;

import org.anhduong.programme.Model;
import org.anhduong.programme.ModelStatus;
import org.anhduong.programme.StatusSpan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which models count for a period, and under which status. */
class ModelCountTest {

    static final Model ACTIVE_THEN_MAINTAINED = model(false, "GENDER_EQUALITY_GBV", List.of("06652"),
            new StatusSpan(ModelStatus.ACTIVE, day("2016-01-01"), day("2020-12-31")),
            new StatusSpan(ModelStatus.MAINTAINED, day("2021-01-01"), null));

    @Test
    void aModelCountsUnderTheLastStatusItHadWithinThePeriod() {
        assertThat(ModelCount.statusIn(ACTIVE_THEN_MAINTAINED, day("2018-01-01"), day("2018-12-31")))
                .contains(ModelStatus.ACTIVE);
        assertThat(ModelCount.statusIn(ACTIVE_THEN_MAINTAINED, day("2020-06-01"), day("2021-06-30")))
                .contains(ModelStatus.MAINTAINED);
        assertThat(ModelCount.statusIn(ACTIVE_THEN_MAINTAINED, day("2030-01-01"), day("2030-12-31")))
                .as("maintained while it lasts").contains(ModelStatus.MAINTAINED);
        assertThat(ModelCount.statusIn(ACTIVE_THEN_MAINTAINED, day("2015-01-01"), day("2015-12-31")))
                .as("before its first status").isEmpty();
        assertThat(ModelCount.statusIn(ACTIVE_THEN_MAINTAINED, day("2015-01-01"), day("2016-01-01")))
                .as("one shared day is enough").contains(ModelStatus.ACTIVE);
    }

    @Test
    void anEndedModelCountsAsEndedInThePeriodItEndedAndNotAfterIfItsSpanIsClosed() {
        Model ended = model(false, "OTHER", List.of("06652"),
                new StatusSpan(ModelStatus.ACTIVE, day("2021-01-01"), day("2022-06-30")),
                new StatusSpan(ModelStatus.ENDED, day("2022-07-01"), day("2022-07-01")));
        assertThat(ModelCount.statusIn(ended, day("2022-01-01"), day("2022-12-31"))).contains(ModelStatus.ENDED);
        assertThat(ModelCount.statusIn(ended, day("2023-01-01"), day("2023-12-31"))).isEmpty();
    }

    @Test
    void pilotsAreFlaggedOrOfThePilotKindAndTheirCommunesCountOnce() {
        Model flagged = model(true, "SAFE_CITY", List.of("06652", "06658"),
                new StatusSpan(ModelStatus.ACTIVE, day("2021-01-01"), null));
        Model ofKind = model(false, "PILOT", List.of("06658"),
                new StatusSpan(ModelStatus.ACTIVE, day("2021-01-01"), null));
        var figures = ModelCount.figures(List.of(flagged, ofKind, ACTIVE_THEN_MAINTAINED), day("2022-01-01"),
                day("2022-12-31"), null);
        assertThat(figures.total()).isEqualTo(3);
        assertThat(figures.pilots()).isEqualTo(2);
        assertThat(figures.pilotCommunes()).isEqualTo(2);
        assertThat(figures.byStatus()).containsEntry(ModelStatus.ACTIVE, 2L).containsEntry(ModelStatus.MAINTAINED, 1L)
                .containsEntry(ModelStatus.ENDED, 0L);
        var inCommune = ModelCount.figures(List.of(flagged, ofKind, ACTIVE_THEN_MAINTAINED), day("2022-01-01"),
                day("2022-12-31"), "06652");
        assertThat(inCommune.total()).isEqualTo(2);
        assertThat(inCommune.pilots()).isEqualTo(1);
        assertThat(inCommune.pilotCommunes()).isEqualTo(1);
    }

    private static Model model(boolean pilot, String kind, List<String> communes, StatusSpan... statuses) {
        return new Model(1, 1, "Mô hình", kind, pilot, null, null, null, null, null, null, communes,
                List.of(statuses));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}

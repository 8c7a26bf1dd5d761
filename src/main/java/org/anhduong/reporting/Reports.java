package org.anhduong.reporting;

/**
 * Period reports over the other modules' figures.
 *
 * <p><b>Who</b>: administrators, supervisors and programme officers get internal reports with exact numbers and
 * drill-down; viewers get aggregate-only summaries (counts from 1 to 4 as {@code <5}, no drill-down) whatever they
 * ask for; every other role is refused ({@code ForbiddenException}).
 *
 * <p><b>Audit</b> (record type {@code report}): {@code report.view}, {@code report.export}; the scope is recorded,
 * never a person.
 */
public interface Reports {

    /**
     * The figures of a period.
     *
     * @throws org.anhduong.platform.web.InvalidInputException when the period is reversed, longer than 5 years or
     *                                                          names an unknown commune
     */
    Summary summary(ReportScope scope, Audience audience);
}

/**
 * Reporting: the indicator catalogue, period summaries for any period, commune and organisation, the narrative of
 * the department's six-monthly report, charts, exports (XLSX, PDF, CSV) and the anonymised incident dataset. It reads
 * the other modules only through their figures APIs ({@code ContactFigures}, {@code CaseFigures},
 * {@code ShelterFigures}, {@code ReferralFigures}) and never their tables. Aggregate-only audiences (viewers, external
 * exports) see counts from 1 to 4 as {@code <5}.
 */
@ApplicationModule(displayName = "Reporting")
@NullMarked
package org.anhduong.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * The report's writers (XLSX, PDF, CSV) and its narrative. Writers lay out a
 * {@link org.anhduong.reporting.internal.document.ReportDocument} or a
 * {@link org.anhduong.reporting.internal.document.Dataset} as given and decide nothing about what may be shown; the
 * narrative words the figures it is given in the department's style, suppressing counts from 1 to 4 when asked.
 * Texts come from the bundle {@code messages/reporting-export}.
 */
@NullMarked
package org.anhduong.reporting.internal.export;

import org.jspecify.annotations.NullMarked;

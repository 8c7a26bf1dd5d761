/** The case figures for the reports ({@link org.anhduong.casework.CaseFigures}). */
@NullMarked
package org.anhduong.casework.internal.figures;

import org.jspecify.annotations.NullMarked;

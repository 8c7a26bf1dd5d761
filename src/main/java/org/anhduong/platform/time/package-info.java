/** Dates as people know them: sometimes only the year, or the month and year. */
@NullMarked
package org.anhduong.platform.time;

import org.jspecify.annotations.NullMarked;

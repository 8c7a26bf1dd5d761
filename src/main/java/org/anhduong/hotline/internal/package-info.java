/** The hotline's implementation: rules, authorisation, and the hotline_* tables through plain SQL. */
@NullMarked
package org.anhduong.hotline.internal;

import org.jspecify.annotations.NullMarked;

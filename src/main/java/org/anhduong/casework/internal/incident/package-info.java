/**
 * Incidents of a case: validation, storage (description and manual reason encrypted) and the facts derived on every
 * read. Access is the core's {@link org.anhduong.casework.internal.CaseAccess}, so the team rule stays in one place.
 */
@NullMarked
package org.anhduong.casework.internal.incident;

import org.jspecify.annotations.NullMarked;

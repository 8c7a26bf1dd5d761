/** Append-only, hash-chained audit of who did what to which record. */
@ApplicationModule(displayName = "Audit")
@NullMarked
package org.anhduong.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

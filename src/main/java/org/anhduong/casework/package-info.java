/**
 * Case management: one file per survivor, from intake to closure, shared only with the people who need it. The entry
 * point is {@link org.anhduong.casework.CaseManagement}; the module contributes a caller's cases to the hotline through
 * its {@link org.anhduong.hotline.CallerCaseLookup} and opens intake cases when a counsellor asks for one
 * ({@link org.anhduong.hotline.CaseRequestedFromContact}).
 */
@ApplicationModule(displayName = "Casework")
@NullMarked
package org.anhduong.casework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

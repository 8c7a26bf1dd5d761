/**
 * The hotline: every contact (call, message, walk-in, hand-over) is recorded, repeat callers are recognised through a
 * blind index of their number, and a GBV contact can ask for a case. The entry point is {@link org.anhduong.hotline.Hotline};
 * casework contributes a caller's cases through {@link org.anhduong.hotline.CallerCaseLookup}; reporting counts
 * contacts through {@link org.anhduong.hotline.ContactFigures}.
 */
@ApplicationModule(displayName = "Hotline")
@NullMarked
package org.anhduong.hotline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

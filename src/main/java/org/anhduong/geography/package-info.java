/** Versioned administrative units (provinces and communes) and their diacritics-insensitive search. */
@ApplicationModule(displayName = "Geography")
@NullMarked
package org.anhduong.geography;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/** Users, organisations, roles, the localities they cover, sign-in and API tokens. */
@ApplicationModule(displayName = "Identity")
@NullMarked
package org.anhduong.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

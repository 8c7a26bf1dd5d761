/**
 * Shared technical kernel: crypto, Vietnamese text, web and error handling, i18n and maintenance commands.
 * It is an open module because every capability builds on it; it depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Platform")
@NullMarked
package org.anhduong.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

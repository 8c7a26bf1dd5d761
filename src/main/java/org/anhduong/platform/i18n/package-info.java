@NullMarked
package org.anhduong.platform.i18n;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.anhduong.platform.security;

import org.jspecify.annotations.NullMarked;

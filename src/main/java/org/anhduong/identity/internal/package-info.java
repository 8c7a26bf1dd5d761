@NullMarked
package org.anhduong.identity.internal;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.anhduong.programme.internal;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.anhduong.casework.internal;

import org.jspecify.annotations.NullMarked;

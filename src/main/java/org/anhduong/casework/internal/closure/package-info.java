@NullMarked
package org.anhduong.casework.internal.closure;

import org.jspecify.annotations.NullMarked;

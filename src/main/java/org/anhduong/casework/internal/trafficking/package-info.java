@NullMarked
package org.anhduong.casework.internal.trafficking;

import org.jspecify.annotations.NullMarked;

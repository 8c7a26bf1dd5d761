@NullMarked
package org.anhduong.casework.internal.protection;

import org.jspecify.annotations.NullMarked;

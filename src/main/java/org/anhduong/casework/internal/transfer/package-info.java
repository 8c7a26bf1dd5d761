@NullMarked
package org.anhduong.casework.internal.transfer;

import org.jspecify.annotations.NullMarked;

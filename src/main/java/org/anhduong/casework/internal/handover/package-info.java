@NullMarked
package org.anhduong.casework.internal.handover;

import org.jspecify.annotations.NullMarked;

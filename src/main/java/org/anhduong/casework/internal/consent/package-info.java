@NullMarked
package org.anhduong.casework.internal.consent;

import org.jspecify.annotations.NullMarked;

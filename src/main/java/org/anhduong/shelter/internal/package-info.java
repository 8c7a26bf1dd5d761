@NullMarked
package org.anhduong.shelter.internal;

import org.jspecify.annotations.NullMarked;

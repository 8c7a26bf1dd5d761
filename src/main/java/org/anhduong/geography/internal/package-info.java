/** The geography module's implementation: CSV reading, the versioning rule and the {@code localities} table. */
@NullMarked
package org.anhduong.geography.internal;

import org.jspecify.annotations.NullMarked;

/** The hash-chained event store behind {@link org.anhduong.audit.AuditTrail} and its verification. */
@NullMarked
package org.anhduong.audit.internal;

import org.jspecify.annotations.NullMarked;

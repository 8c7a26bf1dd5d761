/** The referral module's services, rules and repositories. */
@NullMarked
package org.anhduong.referral.internal;

import org.jspecify.annotations.NullMarked;

/** The referral module's screens and API. */
@NullMarked
package org.anhduong.referral.web;

import org.jspecify.annotations.NullMarked;

/**
 * The telephony integration: a PBX or call-centre system reports ringing, answered and ended calls, signed with a
 * secret per line; the calls feed the live-call screen ({@link org.anhduong.hotline.LiveCalls}), fill the duration of
 * the contact saved for them and become missed contacts when nobody answered. See docs/telephony.md.
 */
@NullMarked
package org.anhduong.hotline.telephony;

import org.jspecify.annotations.NullMarked;

package org.anhduong.referral.internal;

import org.anhduong.platform.web.NotFoundException;

/** A referral or case the user may not know of: answered exactly as one that does not exist. */
class ReferralHidden extends NotFoundException implements Refusal {

    ReferralHidden(String recordType) {
        super(recordType);
    }
}

package org.anhduong.referral;

import org.anhduong.casework.EspSector;

/** How many referrals of one sector were sent, accepted and completed in a period. */
public record SectorCount(EspSector sector, long sent, long accepted, long completed) {
}

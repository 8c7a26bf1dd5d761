package org.anhduong.referral.internal;

import org.anhduong.referral.ReferralFigures;
import org.anhduong.referral.ReferralFigures.ReferralFact;
import org.anhduong.referral.SectorCount;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/** Counts of referrals by sector and the referrals behind them, for the reporting module (see {@link ReferralFigures}). */
@Service
class FiguresService implements ReferralFigures {

    private final ReferralHistory history;

    FiguresService(ReferralHistory history) {
        this.history = history;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SectorCount> countsBySector(Instant from, Instant to, @Nullable Long caseOrganisationId) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the period must end after it starts");
        }
        return history.countsBySector(from, to, caseOrganisationId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReferralFact> facts(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the period must end after it starts");
        }
        return history.facts(from, to);
    }
}

package org.anhduong.casework;

import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.jspecify.annotations.Nullable;

import java.time.YearMonth;
import java.util.Set;

/**
 * One incident of the anonymised incident dataset ({@link CaseFigures#incidents}), in the spirit of the GBVIMS
 * incident recorder: codes, groups and months only. It holds no name, phone, identity number, address, birth date,
 * note or other free text, and no case number (which the organisation's staff could look up).
 *
 * @param caseId                       casework's internal id of the case, only so that reporting can attach its own
 *                                     per-case facts (referrals); not for the exported file
 * @param survivorCode                 the client's survivor code (the pseudonym GBVIMS uses); the same for every
 *                                     incident and case of the client
 * @param caseType                     the case's type
 * @param ageGroup                     the client's age group as recorded on her file
 * @param sex                          the client's sex
 * @param communeCode                  the case's commune, null when unknown
 * @param reportedMonth                the month the case was opened (Asia/Ho_Chi_Minh)
 * @param incidentMonth                the month the incident happened, null when the month is not known (only its year
 *                                     or nothing)
 * @param incidentYear                 the year the incident happened, null when not known
 * @param timeOfDay                    when in the day it happened
 * @param placeType                    where it happened, null when not recorded
 * @param gbvimsType                   the incident's GBVIMS type
 * @param contexts                     the contexts derived from it (as the case file derives them)
 * @param perpetratorCount             how many alleged perpetrators were recorded
 * @param firstPerpetratorRelation     the first recorded perpetrator's relation to her, null when none was recorded
 * @param firstPerpetratorSex          his or her sex, null when none was recorded
 * @param firstPerpetratorAgeGroup     his or her age group, null when none was recorded
 * @param servicesGiven                the types of the services given on the case, at any time
 * @param serviceSectors               the Essential Services Package sectors of those services (referral sectors are
 *                                     not casework's: reporting adds them from the referral module)
 */
public record IncidentRecord(long caseId, String survivorCode, CaseType caseType, AgeGroup ageGroup, Sex sex,
                             @Nullable String communeCode, YearMonth reportedMonth, @Nullable YearMonth incidentMonth,
                             @Nullable Integer incidentYear, TimeOfDay timeOfDay, @Nullable PlaceType placeType,
                             GbvimsType gbvimsType, Set<IncidentContext> contexts, int perpetratorCount,
                             @Nullable PerpetratorRelation firstPerpetratorRelation, @Nullable Sex firstPerpetratorSex,
                             @Nullable AgeGroup firstPerpetratorAgeGroup, Set<ServiceType> servicesGiven,
                             Set<EspSector> serviceSectors) {

    public IncidentRecord {
        contexts = Set.copyOf(contexts);
        servicesGiven = Set.copyOf(servicesGiven);
        serviceSectors = Set.copyOf(serviceSectors);
    }
}

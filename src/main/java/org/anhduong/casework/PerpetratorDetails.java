package org.anhduong.casework;

import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.jspecify.annotations.Nullable;

/**
 * An alleged perpetrator of an incident, described without identifying him: no name, no free text. Missing sex, age
 * group and occupation are stored as UNKNOWN.
 *
 * @param relation the relationship to the survivor; required
 */
public record PerpetratorDetails(@Nullable PerpetratorRelation relation, @Nullable Sex sex,
                                 @Nullable AgeGroup ageGroup, @Nullable Occupation occupation) {
}

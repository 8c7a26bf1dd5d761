package org.anhduong.shelter;

import org.anhduong.casework.CompanionRelation;
import org.anhduong.hotline.Sex;
import org.jspecify.annotations.Nullable;

/**
 * A person supported, as shelter knows her: casework's id and what counting needs, never a name.
 *
 * @param id        shelter's id of the person, the same in every episode and placement
 * @param reference casework's client id or companion id
 * @param relation  a companion's relation to the client; null for the client
 */
public record SupportedPerson(long id, PersonKind kind, long reference, Sex sex, @Nullable Integer birthYear,
                              @Nullable CompanionRelation relation) {
}

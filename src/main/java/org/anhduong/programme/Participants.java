package org.anhduong.programme;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * People counted by sex (never named).
 *
 * @param otherOrUnknown other sex or sex not recorded
 */
public record Participants(long female, long male, long otherOrUnknown) {

    public static final Participants NONE = new Participants(0, 0, 0);

    @JsonProperty("total")
    public long total() {
        return female + male + otherOrUnknown;
    }

    public Participants plus(Participants other) {
        return new Participants(female + other.female, male + other.male, otherOrUnknown + other.otherOrUnknown);
    }
}

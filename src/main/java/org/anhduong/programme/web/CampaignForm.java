package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

/** The campaign form as posted: every field as typed; the name and days only matter for a one-off campaign. */
public record CampaignForm(@Nullable String kind, @Nullable String year, @Nullable String name,
                           @Nullable String startsOn, @Nullable String endsOn) {

    static CampaignForm blank(int year) {
        return new CampaignForm(null, String.valueOf(year), null, null, null);
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}

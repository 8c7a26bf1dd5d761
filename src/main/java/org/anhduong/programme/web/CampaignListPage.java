package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** Every campaign, latest first; {@code editor} offers the form. */
public record CampaignListPage(List<CampaignRow> campaigns, boolean editor, @Nullable String noticeKey) {

    /** One campaign as listed, with the number of activities linked to it. */
    public record CampaignRow(long id, String name, String kind, int year, String startsOn, String endsOn,
                              long activities) {
    }
}

package org.anhduong.programme.web;

import org.anhduong.programme.CampaignSummary;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One campaign: its summary (what was linked to it, and everything held in its days) and the activities linked to
 * it, each listed with its day, kind, commune and participants.
 */
public record CampaignPage(CampaignSummary summary, String kind, String startsOn, String endsOn,
                           List<ActivityListPage.ActivityRow> activities, @Nullable String noticeKey) {
}

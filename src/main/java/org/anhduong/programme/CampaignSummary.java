package org.anhduong.programme;

/**
 * A campaign's results: what was linked to it, and the programme summary of its days.
 *
 * @param activities   activities linked to the campaign
 * @param participants their participants by sex
 * @param trainings    trainings linked to the campaign
 * @param period       the summary of the campaign's days (everything held then, linked or not)
 */
public record CampaignSummary(Campaign campaign, long activities, Participants participants, long trainings,
                              ProgrammeSummary period) {
}

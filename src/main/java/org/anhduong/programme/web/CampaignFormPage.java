package org.anhduong.programme.web;

import java.util.List;

/** The form of a new campaign. */
public record CampaignFormPage(CampaignForm form, List<Choice> kinds, FormErrors errors) {
}

package org.anhduong.casework.web;

import java.util.List;

/** The options of the incident forms, labelled in the user's language. */
public record IncidentChoices(List<Choice> types, List<Choice> timesOfDay, List<Choice> places, List<Choice> abductions,
                              List<Choice> yesNo, List<ActChoice> acts, List<Choice> reportedTo, List<Choice> relations,
                              List<Choice> sexes, List<Choice> ageGroups, List<Choice> occupations) {

    /** An act of domestic violence with its point of Art. 3 cl. 1 and its group. */
    public record ActChoice(String value, String label, String point, String group) {
    }
}

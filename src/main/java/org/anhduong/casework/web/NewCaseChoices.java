package org.anhduong.casework.web;

import java.util.List;

/** The options of the "new case" form's selects, labelled in the user's language. */
public record NewCaseChoices(List<Choice> types, List<Choice> sources, List<Choice> priorities, List<Choice> sexes,
                             List<Choice> ageGroups, List<Choice> ethnicities, List<Choice> disabilities,
                             List<Choice> disabilityKinds, List<Choice> maritalStatuses, List<Choice> occupations,
                             List<Choice> relations) {
}

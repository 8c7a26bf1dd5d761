package org.anhduong.hotline.web;

import java.util.List;

/**
 * Everything the contact form offers to choose from, in the user's language: the types (with the non-data ones the
 * live screen records in one click), the user's organisation's lines, and the category tree.
 */
public record Choices(List<Choice> types, List<Choice> quickTypes, List<Choice> lines, List<Choice> channels,
                      List<Choice> directions, List<Choice> relations, List<Choice> sexes, List<Choice> ageGroups,
                      List<Choice> urgencies, List<Choice> services, List<Choice> outcomes,
                      List<CategoryChoice> categories) {
}

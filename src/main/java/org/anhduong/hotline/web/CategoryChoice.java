package org.anhduong.hotline.web;

import java.util.List;

/**
 * A category as the form's tree of checkboxes shows it, with its usable children.
 *
 * @param gbv the category counts as GBV-related (itself or through an ancestor), shown as a hint beside it
 */
public record CategoryChoice(String code, String label, boolean gbv, List<CategoryChoice> children) {

    public CategoryChoice {
        children = List.copyOf(children);
    }
}

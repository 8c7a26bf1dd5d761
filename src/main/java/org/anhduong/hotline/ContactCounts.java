package org.anhduong.hotline;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@link ContactFigures#count}: the period asked for and its counts. The sum of
 * {@link ContactGroup#contacts()} is the number of contacts in the period; {@link CategoryGroup}s do not add up to
 * it (a contact may have no category, or categories under several top-level ones).
 */
public record ContactCounts(LocalDate from, LocalDate to, List<ContactGroup> groups, List<CategoryGroup> categories) {

    public ContactCounts {
        groups = List.copyOf(groups);
        categories = List.copyOf(categories);
    }
}

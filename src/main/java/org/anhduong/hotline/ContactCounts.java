package org.anhduong.hotline;

import java.time.LocalDate;
import java.util.List;

public record ContactCounts(LocalDate from, LocalDate to, List<ContactGroup> groups, List<CategoryGroup> categories) {
}

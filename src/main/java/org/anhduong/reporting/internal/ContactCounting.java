package org.anhduong.reporting.internal;

import java.util.Arrays;
import java.util.List;

import org.anhduong.hotline.CategoryGroup;
import org.anhduong.hotline.Channel;
import org.anhduong.hotline.ContactCounts;
import org.anhduong.hotline.ContactGroup;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.Direction;
import org.anhduong.hotline.Urgency;
import org.anhduong.reporting.Dimension;
import org.anhduong.reporting.Indicator;

import static org.anhduong.reporting.Indicator.CONTACTS_GBV_RELATED;
import static org.anhduong.reporting.Indicator.CONTACTS_TOTAL;

/**
 * {@code contacts.*}: every contact received in the period once, whatever number of cases it is linked to; GBV-related
 * when one of its categories is in a subtree marked GBV. A contact is in the scope by its organisation and the commune
 * recorded on it; contacts are not cases, so the statistics consent does not apply to them. Contacts without a commune
 * or a line are counted under {@link #NONE}.
 */
final class ContactCounting {

    static final String NONE = "NONE";

    private ContactCounting() {
    }

    static void count(ContactCounts counts, ScopeFilter scope, FigureSheet sheet) {
        for (ContactGroup group : counts.groups()) {
            if (!scope.includes(group.organisationId(), group.communeCode())) {
                continue;
            }
            long n = group.contacts();
            String line = group.lineId() == null ? NONE : group.lineId().toString();
            String commune = group.communeCode() == null ? NONE : group.communeCode();
            sheet.add(CONTACTS_TOTAL, n)
                    .add(CONTACTS_TOTAL, Dimension.TYPE, group.type().name(), n)
                    .add(CONTACTS_TOTAL, Dimension.CHANNEL, group.channel().name(), n)
                    .add(CONTACTS_TOTAL, Dimension.DIRECTION, group.direction().name(), n)
                    .add(CONTACTS_TOTAL, Dimension.LINE, line, n)
                    .add(CONTACTS_TOTAL, Dimension.URGENCY, group.urgency().name(), n)
                    .add(CONTACTS_TOTAL, Dimension.COMMUNE, commune, n);
            if (group.gbvRelated()) {
                sheet.add(CONTACTS_GBV_RELATED, n)
                        .add(CONTACTS_GBV_RELATED, Dimension.TYPE, group.type().name(), n)
                        .add(CONTACTS_GBV_RELATED, Dimension.CHANNEL, group.channel().name(), n)
                        .add(CONTACTS_GBV_RELATED, Dimension.LINE, line, n)
                        .add(CONTACTS_GBV_RELATED, Dimension.URGENCY, group.urgency().name(), n)
                        .add(CONTACTS_GBV_RELATED, Dimension.COMMUNE, commune, n);
            }
        }
        for (CategoryGroup group : counts.categories()) {
            if (scope.includes(group.organisationId(), group.communeCode())) {
                sheet.add(CONTACTS_TOTAL, Dimension.CATEGORY, group.topCategoryCode(), group.contacts());
            }
        }
        for (Indicator indicator : List.of(CONTACTS_TOTAL, CONTACTS_GBV_RELATED)) {
            sheet.complete(indicator, Dimension.TYPE, names(ContactType.values()))
                    .complete(indicator, Dimension.CHANNEL, names(Channel.values()))
                    .complete(indicator, Dimension.URGENCY, names(Urgency.values()));
        }
        sheet.complete(CONTACTS_TOTAL, Dimension.DIRECTION, names(Direction.values()));
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}

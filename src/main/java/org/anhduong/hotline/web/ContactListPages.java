package org.anhduong.hotline.web;

import org.anhduong.hotline.CallerHistory;
import org.anhduong.hotline.Channel;
import org.anhduong.hotline.CategoryNode;
import org.anhduong.hotline.ContactPage;
import org.anhduong.hotline.ContactSummary;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.Direction;
import org.anhduong.hotline.Hotline;
import org.anhduong.hotline.Urgency;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the contact list's view model: by filters (paged), or by one phone number through its blind index. */
@Component
class ContactListPages {

    private final Hotline hotline;
    private final SummaryRows rows;
    private final HotlineLabels labels;
    private final MessageSource messages;

    ContactListPages(Hotline hotline, SummaryRows rows, HotlineLabels labels, MessageSource messages) {
        this.hotline = hotline;
        this.rows = rows;
        this.labels = labels;
        this.messages = messages;
    }

    ContactListPage filtered(ListFilters filters) {
        List<FieldProblem> problems = new ArrayList<>();
        var query = filters.query(problems);
        ContactPage found = null;
        if (problems.isEmpty()) {
            try {
                found = hotline.search(query);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        List<ContactSummary> items = found == null ? List.of() : found.items();
        return page(filters, FormErrors.of(problems, messages), items, found == null ? 0 : found.total(),
                found != null && found.hasNext(), null, "");
    }

    ContactListPage byPhone(String phone) {
        try {
            CallerHistory history = hotline.lookupCaller(phone);
            return page(ListFilters.NONE, FormErrors.NONE, history.contacts(), history.contactCount(), false, phone, "");
        } catch (InvalidInputException e) {
            String error = FormErrors.of(e.problems(), messages).of("phone");
            return page(ListFilters.NONE, FormErrors.NONE, List.of(), 0, false, phone, error);
        }
    }

    private ContactListPage page(ListFilters filters, FormErrors errors, List<ContactSummary> items, long total,
                                 boolean hasNext, @Nullable String phone, String phoneError) {
        long organisation = CurrentUser.require().organisationId();
        List<Choice> lines = hotline.lines().stream().filter(l -> l.organisationId() == organisation)
                .map(l -> new Choice(String.valueOf(l.id()), l.number())).toList();
        return new ContactListPage(filters, errors, lines, choices(ContactType.values()), categories(),
                counsellors(items, filters.counsellor()), choices(Urgency.values()), choices(Channel.values()),
                choices(Direction.values()), gbvChoices(), rows.of(items), total, hasNext, phone, phoneError);
    }

    /** The tree as one list, each child indented under its parent, for a select. */
    private List<Choice> categories() {
        List<Choice> flat = new ArrayList<>();
        flatten(hotline.categories(), "", flat);
        return flat;
    }

    private void flatten(List<CategoryNode> nodes, String indent, List<Choice> flat) {
        for (CategoryNode node : nodes) {
            flat.add(new Choice(node.code(), indent + labels.name(node)));
            flatten(node.children(), indent + "\u2003", flat);
        }
    }

    /**
     * The user themself, the counsellors on this page, and the one chosen: identity offers no list of an
     * organisation's users to other modules, and the people who took the listed contacts are the ones worth choosing.
     */
    private List<Choice> counsellors(List<ContactSummary> items, @Nullable String chosen) {
        Map<Long, String> names = new LinkedHashMap<>();
        var me = CurrentUser.require();
        names.put(me.userId(), me.fullName());
        items.stream().map(ContactSummary::counsellorId).filter(Objects::nonNull)
                .forEach(id -> names.computeIfAbsent(id, rows::name));
        if (chosen != null && chosen.matches("\\d{1,18}")) {
            names.computeIfAbsent(Long.parseLong(chosen), rows::name);
        }
        return names.entrySet().stream().map(e -> new Choice(String.valueOf(e.getKey()), e.getValue())).toList();
    }

    private List<Choice> gbvChoices() {
        var locale = LocaleContextHolder.getLocale();
        return List.of(new Choice("true", messages.getMessage("hotline.contacts.gbvOnly", null, locale)),
                new Choice("false", messages.getMessage("hotline.contacts.notGbv", null, locale)));
    }

    private List<Choice> choices(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), labels.of(v))).toList();
    }
}

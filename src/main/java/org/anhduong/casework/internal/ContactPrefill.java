package org.anhduong.casework.internal;

import org.anhduong.casework.CaseSource;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.ClientDetails;
import org.anhduong.casework.NewCase;
import org.anhduong.casework.Priority;
import org.anhduong.hotline.CategoryNode;
import org.anhduong.hotline.Contact;
import org.anhduong.hotline.ContactDraft;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.Urgency;
import org.jspecify.annotations.Nullable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A new case as a hotline contact suggests it. The client's phone, name, sex and age group come from the caller only
 * when she called about herself; about someone else, only the concerned person's sex and age group. The case type
 * follows the categories' top-level groups, the more specific protection first; the priority follows the urgency.
 */
final class ContactPrefill {

    /** Top-level category groups and the case type each suggests, in order of precedence. */
    private static final Map<String, CaseType> ROOTS = new java.util.LinkedHashMap<>();

    static {
        ROOTS.put("CHILD_ABUSE", CaseType.CHILD_ABUSE);
        ROOTS.put("TRAFFICKING", CaseType.TRAFFICKING);
        ROOTS.put("DOMESTIC_VIOLENCE", CaseType.DOMESTIC_VIOLENCE);
        ROOTS.put("GBV", CaseType.GBV);
        ROOTS.put("SEXUAL_HARASSMENT", CaseType.GBV);
    }

    private ContactPrefill() {
    }

    static NewCase of(Contact contact, Map<String, String> rootOfCategory) {
        ContactDraft d = contact.details();
        boolean aboutSelf = contact.type() == ContactType.ABOUT_SELF;
        ClientDetails client = aboutSelf
                ? ClientDetails.of(d.callerSex(), d.callerAgeGroup(), d.callerPhone(), d.localityCode())
                        .withFullName(d.callerName())
                : ClientDetails.of(d.concernedSex(), d.concernedAgeGroup(), null, d.localityCode());
        return new NewCase(type(d.categories(), rootOfCategory), CaseSource.HOTLINE, null, priority(d.urgency()),
                d.localityCode(), List.of(contact.id()), client, List.of(), null, null);
    }

    static CaseType type(@Nullable List<String> categories, Map<String, String> rootOfCategory) {
        Set<String> roots = categories == null ? Set.of()
                : categories.stream().map(c -> rootOfCategory.getOrDefault(c, c)).collect(Collectors.toSet());
        return ROOTS.entrySet().stream().filter(e -> roots.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(CaseType.OTHER_PROTECTION);
    }

    static Priority priority(@Nullable Urgency urgency) {
        return switch (Objects.requireNonNullElse(urgency, Urgency.ROUTINE)) {
            case DANGER_TO_LIFE -> Priority.URGENT;
            case URGENT -> Priority.HIGH;
            case ROUTINE -> Priority.MEDIUM;
        };
    }

    /** Each category code mapped to the code of its top-level ancestor. */
    static Map<String, String> roots(List<CategoryNode> tree) {
        Map<String, String> roots = new HashMap<>();
        for (CategoryNode root : tree) {
            collect(root, root.code(), roots);
        }
        return roots;
    }

    private static void collect(CategoryNode node, String root, Map<String, String> roots) {
        roots.put(node.code(), root);
        node.children().forEach(child -> collect(child, root, roots));
    }
}

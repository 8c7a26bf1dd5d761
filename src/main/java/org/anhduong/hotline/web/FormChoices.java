package org.anhduong.hotline.web;

import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.CategoryNode;
import org.anhduong.hotline.Channel;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.Direction;
import org.anhduong.hotline.Hotline;
import org.anhduong.hotline.HotlineLine;
import org.anhduong.hotline.Outcome;
import org.anhduong.hotline.Relation;
import org.anhduong.hotline.ServiceGiven;
import org.anhduong.hotline.Sex;
import org.anhduong.hotline.Urgency;
import org.anhduong.platform.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Builds the {@link Choices} of a contact form. Retired lines and categories are offered only when the contact already
 * has them, so editing an old contact keeps them while a new one cannot choose them.
 */
@Component
class FormChoices {

    private final Hotline hotline;
    private final HotlineLabels labels;

    FormChoices(Hotline hotline, HotlineLabels labels) {
        this.hotline = hotline;
        this.labels = labels;
    }

    Choices of(ContactForm form) {
        return new Choices(all(ContactType.values()),
                Arrays.stream(ContactType.values()).filter(t -> !t.dataContact()).map(this::choice).toList(),
                lines(form.lineId()), all(Channel.values()), all(Direction.values()), all(Relation.values()),
                all(Sex.values()), all(AgeGroup.values()), all(Urgency.values()), all(ServiceGiven.values()),
                all(Outcome.values()), categories(hotline.categories(), form.categories()));
    }

    /** The organisation's line when it has exactly one in use: a new call is on it unless said otherwise. */
    @Nullable String onlyLine() {
        List<Choice> lines = lines(null);
        return lines.size() == 1 ? lines.getFirst().value() : null;
    }

    private List<Choice> lines(@Nullable String chosen) {
        long organisation = CurrentUser.require().organisationId();
        return hotline.lines().stream()
                .filter(l -> l.organisationId() == organisation)
                .filter(l -> l.active() || String.valueOf(l.id()).equals(chosen))
                .map(l -> new Choice(String.valueOf(l.id()), label(l)))
                .toList();
    }

    private static String label(HotlineLine line) {
        return line.number() + " – " + line.name();
    }

    private List<CategoryChoice> categories(List<CategoryNode> nodes, Collection<String> chosen) {
        return nodes.stream()
                .filter(n -> n.active() || chosen.contains(n.code()))
                .map(n -> new CategoryChoice(n.code(), labels.name(n), n.gbvRelated(), categories(n.children(), chosen)))
                .toList();
    }

    private List<Choice> all(Enum<?>[] values) {
        return Arrays.stream(values).map(this::choice).toList();
    }

    private Choice choice(Enum<?> value) {
        return new Choice(value.name(), labels.of(value));
    }
}

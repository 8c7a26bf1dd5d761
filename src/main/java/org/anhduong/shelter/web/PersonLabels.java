package org.anhduong.shelter.web;

import org.anhduong.casework.Companion;
import org.anhduong.shelter.SupportedPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** How screens name a person supported without a name: client or relation, sex and birth year. */
@Component
class PersonLabels {

    private final MessageSource messages;

    PersonLabels(MessageSource messages) {
        this.messages = messages;
    }

    String of(SupportedPerson person) {
        String who = person.relation() == null ? text("shelter.person.client")
                : text("shelter.relation." + person.relation().name());
        return describe(who, person.sex().name(), person.birthYear());
    }

    String of(Companion companion) {
        String who = companion.details().relation() == null ? text("shelter.person.companion")
                : text("shelter.relation." + companion.details().relation().name());
        return describe(who, companion.details().sex() == null ? "UNKNOWN" : companion.details().sex().name(),
                companion.birthYear());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private String describe(String who, String sex, @Nullable Integer birthYear) {
        return text("shelter.person.label", who, text("shelter.sex." + sex),
                birthYear == null ? text("shelter.person.yearUnknown") : String.valueOf(birthYear));
    }
}

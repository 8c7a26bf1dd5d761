package org.anhduong.casework.web;

import org.anhduong.casework.Ethnicities;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/** Labels of enum values and codes in the user's language: {@code casework.<Type>.<VALUE>}. */
@Component
class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    String of(@Nullable Enum<?> value) {
        return value == null ? "" : text("casework." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    String ethnicity(@Nullable String code) {
        return code == null ? "" : text("casework.ethnicity." + code);
    }

    <E extends Enum<E>> List<Choice> choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(v -> new Choice(v.name(), of(v))).toList();
    }

    List<Choice> ethnicities() {
        return Ethnicities.CODES.stream().map(code -> new Choice(code, ethnicity(code))).toList();
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}

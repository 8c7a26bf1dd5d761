package org.anhduong.hotline.web;

import org.anhduong.hotline.CategoryNode;
import org.anhduong.hotline.Hotline;
import org.anhduong.hotline.HotlineLine;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Names of the hotline's codes in the user's language: enum values, categories and lines. */
@Component
class HotlineLabels {

    private final MessageSource messages;
    private final Hotline hotline;

    HotlineLabels(MessageSource messages, Hotline hotline) {
        this.messages = messages;
        this.hotline = hotline;
    }

    /** "hotline.type.SILENT" and the like: one key per enum value, under the enum's short name. */
    String of(@Nullable Enum<?> value) {
        return value == null ? "" : text(key(value.getDeclaringClass(), value.name()));
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    static String key(Class<?> enumType, String name) {
        String type = enumType.getSimpleName();
        return "hotline." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + name;
    }

    boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    String name(CategoryNode node) {
        return english() ? node.nameEn() : node.nameVi();
    }

    /** Every category's name by code, the whole tree. */
    Map<String, String> categoryNames() {
        Map<String, String> names = new HashMap<>();
        walk(hotline.categories(), node -> names.put(node.code(), name(node)));
        return names;
    }

    /** Every line's number by id, for lists (lines are few). */
    Map<Long, String> lineNumbers() {
        Map<Long, String> numbers = new HashMap<>();
        for (HotlineLine line : hotline.lines()) {
            numbers.put(line.id(), line.number());
        }
        return numbers;
    }

    static void walk(List<CategoryNode> nodes, Consumer<CategoryNode> visit) {
        for (CategoryNode node : nodes) {
            visit.accept(node);
            walk(node.children(), visit);
        }
    }
}

package org.anhduong.programme.web;

import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.programme.Code;
import org.anhduong.programme.CodeList;
import org.anhduong.programme.ProgrammeCodes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** What the programme screens share: who edits, messages, code choices in the reader's language. */
@Component
class ScreenSupport {

    static final String NOTICE = "notice";

    private final MessageSource messages;
    private final ProgrammeCodes codes;

    ScreenSupport(MessageSource messages, ProgrammeCodes codes) {
        this.messages = messages;
        this.codes = codes;
    }

    static boolean has(Set<String> roles) {
        return CurrentUser.get().map(u -> roles.stream().anyMatch(u::hasRole)).orElse(false);
    }

    /** Forms are offered to editors only; the services refuse everyone else anyway. */
    static void requireEditor() {
        if (!has(ProgrammeNavigation.EDITORS)) {
            throw new ForbiddenException();
        }
    }

    static void requireAdministrator() {
        if (!has(Set.of(org.anhduong.platform.security.Roles.ADMINISTRATOR))) {
            throw new ForbiddenException();
        }
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    FormErrors errors(List<FieldProblem> problems) {
        return FormErrors.of(problems, messages, LocaleContextHolder.getLocale());
    }

    String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    List<Choice> choices(CodeList list) {
        return codes.codes(list).stream().filter(Code::active).map(c -> new Choice(c.code(), c.name(language())))
                .toList();
    }

    String codeName(CodeList list, String code) {
        return codes.codes(list).stream().filter(c -> c.code().equals(code)).map(c -> c.name(language()))
                .findFirst().orElse(code);
    }
}

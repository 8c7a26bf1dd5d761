package org.anhduong.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;

/** Friendly error pages for people: the status in plain words, a way back, and never the input that caused it. */
@Component
class ErrorPages implements ErrorViewResolver {

    static final String VIEW = "platform/error";

    private final MessageSource messages;
    private final List<NavEntry> navigation;

    ErrorPages(MessageSource messages, List<NavEntry> navigation) {
        this.messages = messages;
        this.navigation = navigation;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return page(request, status, messageKey(status));
    }

    ModelAndView page(HttpServletRequest request, HttpStatus status, String messageKey, Object... args) {
        boolean htmx = request.getHeader("HX-Request") != null;
        var view = new ModelAndView(htmx ? "platform/errorFragment" : VIEW);
        view.setStatus(status);
        view.addObject("ui", UiAdvice.build(request, messages, navigation));
        view.addObject("error", new ErrorView(status.value(), messageKey, args));
        return view;
    }

    static String messageKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error.page.notFound";
            case FORBIDDEN -> "error.forbidden";
            case BAD_REQUEST -> "error.malformed";
            case CONFLICT -> "error.staleVersion";
            default -> status.is4xxClientError() ? "error.request" : "error.internal";
        };
    }
}

package org.anhduong.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Domain failures on screens become the error page (or an error fragment for htmx) in the user's language. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final ErrorPages pages;

    PageExceptionHandler(ErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletRequest request) {
        return pages.page(request, e.status(), e.messageKey(), e.args());
    }

    @ExceptionHandler(org.springframework.security.authorization.AuthorizationDeniedException.class)
    ModelAndView denied(HttpServletRequest request) {
        return pages.page(request, HttpStatus.FORBIDDEN, "error.forbidden");
    }
}

package org.anhduong.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns every failure of a REST controller into {@code application/problem+json} with a stable {@code code}.
 * Messages come from the bundles in the caller's language; rejected values are never echoed back.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), text(e.messageKey(), e.args()));
        if (e instanceof InvalidInputException invalid) {
            problem.setProperty("errors", invalid.problems().stream()
                    .map(p -> Map.of("field", p.field(), "message", text(p.messageKey(), p.args())))
                    .toList());
        }
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", text("error.forbidden")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(formatProblem(e.getName()));
    }

    /**
     * A JSON value of the wrong type or outside an enum, met while a module reads a document itself (for example a
     * merge-patch): a field error like any other, naming the field and never repeating the value.
     */
    @ExceptionHandler(MismatchedInputException.class)
    ResponseEntity<ProblemDetail> mismatchedInput(MismatchedInputException e) {
        return JsonFields.of(e).map(field -> problemOf(e, field)).map(p -> ResponseEntity.badRequest().body(p))
                .orElseGet(() -> ResponseEntity.badRequest()
                        .body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", text("error.malformed"))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // Our exceptions never carry personal data; the type and stack are what an operator needs.
        log.error("Unexpected error in API request: {}", e.getClass().getName(), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", text("error.internal")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", text("error.validation"));
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream().map(this::fieldError).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", text("error.validation"));
        problem.setProperty("errors", e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.of(
                        "field", r.getMethodParameter().getParameterName() == null ? "" : r.getMethodParameter().getParameterName(),
                        "message", messages.getMessage(err, LocaleContextHolder.getLocale()))))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    /** A body that parses as JSON but has a value of the wrong type in a field is a field error, not a malformed request. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            Optional<String> field = JsonFields.of(mismatch);
            if (field.isPresent()) {
                return ResponseEntity.badRequest().body(problemOf(mismatch, field.get()));
            }
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }

    /** A required query parameter left out is a field error naming it, as a blank form field is. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", text("error.validation"));
        problem.setProperty("errors", List.of(Map.of("field", e.getParameterName(),
                "message", text("validation.required"))));
        return ResponseEntity.badRequest().body(problem);
    }

    /** Everything else Spring MVC rejects (unreadable JSON, wrong method…) keeps its status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        String code = switch (status) {
            case BAD_REQUEST -> "malformed-request";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case NOT_FOUND -> "not-found";
            default -> "request-rejected";
        };
        String key = status == HttpStatus.BAD_REQUEST ? "error.malformed" : "error.request";
        return ResponseEntity.status(status).headers(headers).body(Problems.of(status, code, text(key)));
    }

    /** One field whose value is not of the expected form (a number, a date, one of an enum's names). */
    private ProblemDetail formatProblem(String field) {
        return fieldProblem(field, "validation.format");
    }

    /**
     * A field the API does not have: refused rather than ignored, because a misspelt name ({@code "reciverName"})
     * would otherwise drop what the user meant to record without a word.
     */
    private ProblemDetail unknownFieldProblem(String field) {
        return fieldProblem(field, "validation.unknownField");
    }

    private ProblemDetail fieldProblem(String field, String messageKey) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", text("error.validation"));
        problem.setProperty("errors", List.of(Map.of("field", field, "message", text(messageKey))));
        return problem;
    }

    private ProblemDetail problemOf(MismatchedInputException e, String field) {
        return e instanceof UnrecognizedPropertyException ? unknownFieldProblem(field) : formatProblem(field);
    }

    private Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message", messages.getMessage(error, LocaleContextHolder.getLocale()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}

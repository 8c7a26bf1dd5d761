package org.anhduong.platform.web;

import org.springframework.http.HttpStatus;

import java.util.List;

/** Input that breaks a rule the module checks itself (beyond Bean Validation), field by field. */
public class InvalidInputException extends DomainException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("validation-failed", "error.validation");
        this.problems = List.copyOf(problems);
    }

    /**
     * For a rule whose breach clients handle on its own: its stable {@code code} and a detail saying the rule, with the
     * field problems as usual.
     */
    protected InvalidInputException(String code, String messageKey, List<FieldProblem> problems) {
        super(code, messageKey);
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new FieldProblem(field, messageKey, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}

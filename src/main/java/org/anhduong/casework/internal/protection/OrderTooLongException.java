package org.anhduong.casework.internal.protection;

import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;

import java.util.List;

/**
 * A commune chair's prohibition of contact that would last more than 3 days (Law 13/2022/QH15 Art. 23): ProblemDetail
 * code {@code protection-order-too-long}, with every field problem of the order.
 */
class OrderTooLongException extends InvalidInputException {

    OrderTooLongException(List<FieldProblem> problems) {
        super("protection-order-too-long", "casework.protection.tooLong", problems);
    }
}

package org.anhduong.platform.web;

import tools.jackson.core.JacksonException;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The field a JSON binding failure is about, as the client names it: property names joined by dots, array positions
 * left out ({@code "services"} for a bad second service). Built from Jackson's path only; its message would repeat
 * the rejected value.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** Empty when the failure is not inside a property (for example the whole body has the wrong shape). */
    static Optional<String> of(JacksonException e) {
        String path = e.getPath().stream()
                .map(JacksonException.Reference::getPropertyName)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("."));
        return path.isEmpty() ? Optional.empty() : Optional.of(path);
    }
}

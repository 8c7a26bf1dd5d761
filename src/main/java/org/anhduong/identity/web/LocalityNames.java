package org.anhduong.identity.web;

import org.anhduong.geography.Localities;
import org.anhduong.geography.Locality;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * Turns the locality codes of a form into names people can check ("06712: Phường Móng Cái 1"). Unknown codes stay
 * visible as they were typed, so they can be corrected. Finding a code by name is geography's page, linked from the form.
 */
@Component
class LocalityNames {

    private final Localities localities;

    LocalityNames(Localities localities) {
        this.localities = localities;
    }

    /** The codes of a text field (separated by commas or spaces), with their names. */
    List<Option> named(@Nullable String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split("[,\\s]+")).filter(c -> !c.isBlank()).distinct().sorted()
                .map(code -> new Option(code, localities.find(code).map(Locality::name).orElse("")))
                .toList();
    }
}

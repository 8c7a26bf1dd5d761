package org.anhduong.identity.web;

import org.anhduong.geography.Localities;
import org.anhduong.geography.Locality;
import org.anhduong.geography.LocalitySearch;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Turns the locality codes of a form into names people can check ("Phường Móng Cái 1 (06712)"), and finds codes by
 * name for the lookup beside the field. Unknown codes stay visible as they were typed, so they can be corrected.
 */
@Component
class LocalityNames {

    private static final int LOOKUP_LIMIT = 20;

    private final Localities localities;

    LocalityNames(Localities localities) {
        this.localities = localities;
    }

    /** The codes of a text field (separated by commas or spaces), with their names. */
    List<Option> named(@Nullable String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return named(Arrays.stream(codes.split("[,\\s]+")).filter(c -> !c.isBlank()).distinct().toList());
    }

    List<Option> named(Collection<String> codes) {
        return codes.stream().sorted()
                .map(code -> new Option(code, localities.find(code).map(Locality::name).orElse("")))
                .toList();
    }

    /** Units whose name matches the query, for people who know a place but not its code. */
    List<Option> lookup(@Nullable String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return localities.search(new LocalitySearch(query.strip(), null, null, LOOKUP_LIMIT)).stream()
                .map(l -> new Option(l.code(), l.parentCode() == null ? l.name() : l.name() + ", " + name(l.parentCode())))
                .toList();
    }

    private String name(String code) {
        return localities.find(code).map(Locality::name).orElse(code);
    }
}

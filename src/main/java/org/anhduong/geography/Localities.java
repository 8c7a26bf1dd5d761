package org.anhduong.geography;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Vietnam's administrative units as versioned reference data. Other modules store unit codes and ask here for names;
 * they never read the geography tables.
 */
public interface Localities {

    /** The unit with this code valid today. */
    Optional<Locality> find(String code);

    /** The unit with this code as it was on a date (names and parents change by decree). */
    Optional<Locality> findOn(String code, LocalDate date);

    /** True when the code names a unit valid today. */
    default boolean exists(String code) {
        return find(code).isPresent();
    }

    /** Units valid today whose folded name contains every folded word of {@code query}; communes first, by name. */
    List<Locality> search(LocalitySearch search);

    /** Units valid today directly under a parent (the communes of a province), by name. */
    List<Locality> children(String parentCode);
}

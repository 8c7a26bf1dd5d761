package org.anhduong.geography.web;

import org.anhduong.geography.Localities;
import org.anhduong.geography.Locality;
import org.anhduong.geography.LocalityLevel;
import org.anhduong.geography.LocalitySearch;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the search part of the administrative units page from a query and a province filter. */
@Component
class SearchViews {

    /** The page lists at most this many units: all communes of a province fit. */
    static final int LIMIT = 100;

    private final Localities localities;

    SearchViews(Localities localities) {
        this.localities = localities;
    }

    SearchView build(String query, String province) {
        List<Locality> provinces = localities.search(new LocalitySearch("", null, LocalityLevel.PROVINCE, LIMIT));
        Map<String, String> names = provinces.stream().collect(Collectors.toMap(Locality::code, Locality::name));
        List<ProvinceOption> options = provinces.stream()
                .map(p -> new ProvinceOption(p.code(), p.name(), p.code().equals(province)))
                .toList();
        boolean searched = !query.isBlank() || !province.isBlank();
        List<Locality> found = searched
                ? localities.search(new LocalitySearch(query, province.isBlank() ? null : province, null, LIMIT))
                : List.of();
        List<LocalityRow> rows = found.stream().map(l -> row(l, names)).toList();
        return new SearchView(query, province, options, rows, searched, rows.size() == LIMIT);
    }

    private static LocalityRow row(Locality unit, Map<String, String> provinceNames) {
        String parent = unit.parentCode() == null ? "" : provinceNames.getOrDefault(unit.parentCode(), unit.parentCode());
        return new LocalityRow(unit.code(), unit.name(), unit.level(), parent, unit.validFrom());
    }
}

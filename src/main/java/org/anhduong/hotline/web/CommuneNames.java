package org.anhduong.hotline.web;

import org.anhduong.geography.Localities;
import org.anhduong.geography.Locality;
import org.anhduong.geography.LocalityLevel;
import org.anhduong.geography.LocalitySearch;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Communes for the contact form, through geography's API: the chosen code's name, and a search by name. */
@Component
class CommuneNames {

    static final int RESULTS = 10;
    private static final int PROVINCES = 100;

    private final Localities localities;

    CommuneNames(Localities localities) {
        this.localities = localities;
    }

    /** "Phường Hồng Gai, Quảng Ninh", or empty for no code or an unknown one. */
    String of(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return localities.find(code.strip()).map(l -> l.name() + province(l.parentCode())).orElse("");
    }

    /** Communes whose name holds the words typed, with their province. */
    List<Choice> search(String query) {
        if (query.isBlank()) {
            return List.of();
        }
        Map<String, String> provinces = localities.search(new LocalitySearch("", null, LocalityLevel.PROVINCE, PROVINCES))
                .stream().collect(Collectors.toMap(Locality::code, Locality::name));
        return localities.search(new LocalitySearch(query, null, LocalityLevel.COMMUNE, RESULTS)).stream()
                .map(l -> new Choice(l.code(), l.name() + (l.parentCode() == null ? ""
                        : ", " + provinces.getOrDefault(l.parentCode(), l.parentCode()))))
                .toList();
    }

    private String province(@Nullable String parentCode) {
        return parentCode == null ? "" : localities.find(parentCode).map(p -> ", " + p.name()).orElse("");
    }
}

package org.anhduong.geography.internal;

import org.anhduong.geography.Localities;
import org.anhduong.geography.LocalityLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the reform of 1 July 2025 shipped with the application (dvhcvn's new-to-old mapping, MIT, see NOTICE) when it
 * is not loaded yet: the mapping into {@code geography_unit_merges}, and every pre-reform province and commune named
 * in it as a version of {@code localities} from {@link #OLD_FROM} to {@link Localities#LAST_DAY_BEFORE_REFORM}, so
 * that {@code findOn(oldCode, a 2024 day)} names the old unit even where a current unit reuses its code.
 *
 * <p>The file gives the state of 30 June 2025 only, not the decrees before it, so that state stands for every earlier
 * day: {@link #OLD_FROM} is a day before any record, not the day the units began. An old commune's parent is its old
 * province when the current province took in exactly one old province (the file does not say which old province a
 * commune of a merged province belonged to, and old districts are not kept); otherwise it has none.
 */
@Component
class BundledMerges {

    static final String RESOURCE = "geography/merges-2025-new-to-old.json";
    /** The first day of the pre-reform versions: before any record the application can hold. */
    static final LocalDate OLD_FROM = LocalDate.of(1900, 1, 1);

    private static final Logger log = LoggerFactory.getLogger(BundledMerges.class);

    /** The mapping as read, before anything is written. */
    record Reform(List<UnitRow> oldUnits, List<UnitMerges.Row> merges) {
    }

    private final LocalityVersions versions;
    private final UnitMerges merges;
    private final JsonMapper json;

    BundledMerges(LocalityVersions versions, UnitMerges merges, JsonMapper json) {
        this.versions = versions;
        this.merges = merges;
        this.json = json;
    }

    /** Loads the mapping and the old units in one transaction, unless the mapping is there already. */
    @Transactional
    void loadIfAbsent() {
        if (!merges.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        Reform reform = read(json);
        long read = System.nanoTime();
        versions.insertClosed(reform.oldUnits(), OLD_FROM, Localities.LAST_DAY_BEFORE_REFORM, Instant.now());
        merges.insert(reform.merges());
        log.info("Loaded {} pre-reform units and {} merges of 1 July 2025 in {} ms (file read in {} ms)",
                reform.oldUnits().size(), reform.merges().size(), (System.nanoTime() - start) / 1_000_000,
                (read - start) / 1_000_000);
    }

    static Reform read(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return reform(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled merges file " + RESOURCE + " cannot be read", e);
        }
    }

    static Reform reform(JsonNode root) {
        Map<String, String> oldProvinces = new LinkedHashMap<>();
        Map<String, String> oldCommunes = new LinkedHashMap<>();
        Map<String, Set<String>> provincesOfCommune = new LinkedHashMap<>();
        List<UnitMerges.Row> rows = new ArrayList<>();
        for (JsonNode province : root.get("data")) {
            String code = province.get("level1_id").asString();
            Set<String> olds = new HashSet<>();
            for (JsonNode old : province.get("merges")) {
                olds.add(text(old, "old_id"));
                oldProvinces.putIfAbsent(text(old, "old_id"), text(old, "name"));
                rows.add(row(code, text(province, "name"), old));
            }
            for (JsonNode commune : province.get("level2s")) {
                for (JsonNode old : commune.get("merges")) {
                    oldCommunes.putIfAbsent(text(old, "old_id"), text(old, "name"));
                    provincesOfCommune.computeIfAbsent(text(old, "old_id"), c -> new HashSet<>()).addAll(olds);
                    rows.add(row(text(commune, "level2_id"), text(commune, "name"), old));
                }
            }
        }
        List<UnitRow> units = new ArrayList<>();
        oldProvinces.forEach((code, name) -> units.add(new UnitRow(0, LocalityLevel.PROVINCE, code, name, null)));
        oldCommunes.forEach((code, name) -> {
            Set<String> parents = provincesOfCommune.get(code);
            units.add(new UnitRow(0, LocalityLevel.COMMUNE, code, name,
                    parents.size() == 1 ? parents.iterator().next() : null));
        });
        return new Reform(List.copyOf(units), List.copyOf(rows));
    }

    private static UnitMerges.Row row(String newCode, String newName, JsonNode old) {
        return new UnitMerges.Row(newCode, newName, text(old, "old_id"), text(old, "name"),
                "partial".equals(text(old, "type")));
    }

    private static String text(JsonNode node, String field) {
        return Normalizer.normalize(node.get(field).asString().strip(), Normalizer.Form.NFC);
    }
}

package org.anhduong.geography.internal;

import org.anhduong.geography.ImportResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Loads the 2025 units shipped with the application when the table is empty, then the pre-reform units and the
 * mapping of the reform when they are not there yet ({@link BundledMerges}), in that order: the units first, since an
 * empty table is what tells that they are missing. It runs once every bean exists, while
 * the context is still refreshing: the web server only starts afterwards, so no request ever sees an empty table.
 */
@Component
class BundledUnits implements SmartInitializingSingleton {

    static final String RESOURCE = "geography/units-2025.csv";
    /** Local government of two levels (provinces and communes) began on this day. */
    static final LocalDate VALID_FROM = LocalDate.of(2025, 7, 1);

    private static final Logger log = LoggerFactory.getLogger(BundledUnits.class);

    private final LocalityVersions versions;
    private final UnitImporter importer;
    private final BundledMerges merges;

    BundledUnits(LocalityVersions versions, UnitImporter importer, BundledMerges merges) {
        this.versions = versions;
        this.importer = importer;
        this.merges = merges;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (versions.isEmpty()) {
            loadUnits();
        }
        try {
            merges.loadIfAbsent();
        } catch (DataIntegrityViolationException e) {
            log.info("The units before the 2025 reform were loaded by another instance");
        }
    }

    private void loadUnits() {
        long start = System.nanoTime();
        try {
            ImportResult result = importer.apply(read(), VALID_FROM, false);
            log.info("Loaded {} administrative units valid from {} in {} ms", result.added(), VALID_FROM,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (DataIntegrityViolationException e) {
            // Several instances started on an empty database at once: one of them loaded the units first.
            log.info("Administrative units were loaded by another instance");
        }
    }

    static String read() {
        try (var in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled units file " + RESOURCE + " cannot be read", e);
        }
    }
}

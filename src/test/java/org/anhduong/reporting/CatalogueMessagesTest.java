package org.anhduong.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every indicator, section, dimension and preset has its texts in both languages. */
class CatalogueMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages/reporting.properties", "messages/reporting_en.properties"})
    void everyCatalogueTextIsThere(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            keys.addAll(List.of(indicator.nameKey(), indicator.definitionKey(), indicator.ruleKey()));
        }
        for (Section section : Section.values()) {
            keys.add(section.labelKey());
        }
        for (Dimension dimension : Dimension.values()) {
            keys.add(dimension.labelKey());
        }
        for (PeriodPreset preset : PeriodPreset.values()) {
            keys.add(preset.nameKey());
            keys.add("reporting.presetShort." + preset.name());
        }
        assertThat(keys).allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"contacts.total", "emergency.accompanyingChildren", "trafficking.handedOverToOrganization",
            "residentialCare.traffickedChildren", "shelter.personNights", "intake.fromNationalHotline111"})
    void keysAreTheStableOnes(String key) {
        assertThat(Indicator.byKey(key)).isPresent();
    }
}

package org.anhduong.casework.internal.rules;

import org.anhduong.casework.RiskInstrument;
import org.anhduong.casework.RiskItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Instruments load from the class path or from a file, and a broken file is refused as a whole. */
class RiskInstrumentsTest {

    static final String OTHER = """
            {"code": "licensed-v2", "labelKey": "org.instrument", "mediumFrom": 2, "highFrom": 4,
             "items": [{"code": "A", "labelKey": "org.a", "weight": 2, "redFlag": false},
                       {"code": "B", "labelKey": "org.b", "weight": 3, "redFlag": true}]}
            """;

    static RiskInstrument read(String json) {
        return RiskInstruments.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDefaultInstrumentHasTwelveToFifteenDangerItems() {
        RiskInstrument instrument = RiskInstruments.defaultInstrument();

        assertThat(instrument.code()).isEqualTo("anhduong-default-v1");
        assertThat(instrument.items()).hasSizeBetween(12, 15);
        assertThat(instrument.items()).filteredOn(RiskItem::redFlag).extracting(RiskItem::code)
                .containsExactlyInAnyOrder("THREATS_TO_KILL", "WEAPON", "STRANGULATION", "FEARS_FOR_LIFE");
        assertThat(instrument.maximum()).isEqualTo(41);
        assertThat(instrument.mediumFrom()).isLessThan(instrument.highFrom());
    }

    @Test
    void anotherInstrumentLoadsFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("licensed.json");
        Files.writeString(file, OTHER);

        RiskInstrument instrument = RiskInstruments.load(file);

        assertThat(instrument.code()).isEqualTo("licensed-v2");
        assertThat(instrument.items()).extracting(RiskItem::code).containsExactly("A", "B");
        assertThat(instrument.item("B")).hasValueSatisfying(item -> assertThat(item.redFlag()).isTrue());
    }

    @Test
    void aMissingFileIsReportedAsUnreadable(@TempDir Path dir) {
        assertThatThrownBy(() -> RiskInstruments.load(dir.resolve("absent.json")))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void thresholdsMustRise() {
        assertThatThrownBy(() -> read(OTHER.replace("\"highFrom\": 4", "\"highFrom\": 2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thresholds");
    }

    @Test
    void itemCodesMustBeUnique() {
        assertThatThrownBy(() -> read(OTHER.replace("\"code\": \"B\"", "\"code\": \"A\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unique");
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertThatThrownBy(() -> read(OTHER.replace("\"redFlag\": true", "\"redFlag\": true, \"colour\": \"red\"")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingWeightIsRefused() {
        assertThatThrownBy(() -> read(OTHER.replace("\"weight\": 3, ", "")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInstrumentNeedsItems() {
        assertThatThrownBy(() -> new RiskInstrument("x", "k", List.of(), 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskItem("lower", "k", 1, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskItem("NEGATIVE", "k", -1, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

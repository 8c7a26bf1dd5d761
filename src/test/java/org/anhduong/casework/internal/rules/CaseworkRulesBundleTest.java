package org.anhduong.casework.internal.rules;

import org.anhduong.casework.ActGroup;
import org.anhduong.casework.ClassificationAnswers.Question;
import org.anhduong.casework.ConsentDecision;
import org.anhduong.casework.ConsentPurpose;
import org.anhduong.casework.DomesticViolenceAct;
import org.anhduong.casework.GbvimsType;
import org.anhduong.casework.IncidentContext;
import org.anhduong.casework.PerpetratorRelation;
import org.anhduong.casework.PlaceType;
import org.anhduong.casework.RiskItem;
import org.anhduong.casework.RiskResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label the rules name exists in Vietnamese and English, and the two bundles hold the same keys. */
class CaseworkRulesBundleTest {

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CaseworkRulesBundleTest.class.getClassLoader()
                .getResourceAsStream("messages/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static <E extends Enum<E>> Stream<String> keys(E[] constants, Function<E, String> key) {
        return Arrays.stream(constants).map(key);
    }

    static List<String> namedKeys() {
        List<String> keys = new ArrayList<>();
        keys.addAll(keys(GbvimsType.values(), GbvimsType::labelKey).toList());
        keys.addAll(keys(IncidentContext.values(), IncidentContext::labelKey).toList());
        keys.addAll(keys(PlaceType.values(), PlaceType::labelKey).toList());
        keys.addAll(keys(PerpetratorRelation.values(), PerpetratorRelation::labelKey).toList());
        keys.addAll(keys(ActGroup.values(), ActGroup::labelKey).toList());
        keys.addAll(keys(DomesticViolenceAct.values(), DomesticViolenceAct::labelKey).toList());
        keys.addAll(keys(ConsentPurpose.values(), ConsentPurpose::labelKey).toList());
        keys.addAll(keys(ConsentDecision.Reason.values(), ConsentDecision.Reason::labelKey).toList());
        keys.addAll(keys(ConsentFact.GivenBy.values(), ConsentFact.GivenBy::labelKey).toList());
        keys.addAll(keys(RiskResult.Level.values(), RiskResult.Level::labelKey).toList());
        keys.addAll(keys(Question.values(), Question::textKey).toList());
        keys.addAll(keys(Question.values(), Question::helpKey).toList());
        keys.add(RiskInstruments.defaultInstrument().labelKey());
        RiskInstruments.defaultInstrument().items().stream().map(RiskItem::labelKey).forEach(keys::add);
        keys.addAll(List.of("casework.classify.undecided", "casework.classify.manualReason.length",
                "casework.risk.unknownItem"));
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"casework-rules", "casework-rules_en"})
    void everyNamedKeyHasANonBlankText(String name) throws IOException {
        Properties bundle = bundle(name);

        assertThat(namedKeys()).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        assertThat(bundle("casework-rules").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("casework-rules_en").stringPropertyNames());
    }

    @Test
    void noKeyIsLeftOver() throws IOException {
        assertThat(namedKeys()).containsExactlyInAnyOrderElementsOf(bundle("casework-rules").stringPropertyNames());
    }
}

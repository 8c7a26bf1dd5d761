package org.anhduong.casework.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeFormatTest {

    @Test
    void caseNumbersAndSurvivorCodesFollowTheirPatterns() {
        assertThat(CodeFormat.format("{prefix}-{year}-{seq:6}", "QN", 2026, 123)).isEqualTo("QN-2026-000123");
        assertThat(CodeFormat.format("{prefix}-S-{seq:5}", "QN", 2026, 123)).isEqualTo("QN-S-00123");
    }

    @Test
    void aCounterWiderThanItsPatternIsWrittenInFull() {
        assertThat(CodeFormat.format("{prefix}-S-{seq:3}", "QN", 2026, 12345)).isEqualTo("QN-S-12345");
    }

    @Test
    void onlyPatternsWithAYearRestartEachYear() {
        assertThat(CodeFormat.yearly("{prefix}-{year}-{seq:6}")).isTrue();
        assertThat(CodeFormat.yearly("{prefix}-S-{seq:5}")).isFalse();
    }

    @Test
    void aPatternWithoutACounterOrWithOtherCharactersIsRefused() {
        assertThatThrownBy(() -> CodeFormat.check("{prefix}-{year}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodeFormat.check("{prefix} {seq:4}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodeFormat.check("{name}-{seq:4}")).isInstanceOf(IllegalArgumentException.class);
        CodeFormat.check("{prefix}/{year}/{seq:4}");
    }
}

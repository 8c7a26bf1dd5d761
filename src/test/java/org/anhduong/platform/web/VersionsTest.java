package org.anhduong.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class VersionsTest {

    @Test
    void anETagComesBackAsItsVersion() {
        assertThat(Versions.etag(3)).isEqualTo("\"3\"");
        assertThat(Versions.fromIfMatch("\"3\"", "hotline")).isEqualTo(3);
        assertThat(Versions.fromIfMatch(" W/\"12\" ", "hotline")).isEqualTo(12);
        assertThat(Versions.fromIfMatch("0", "hotline")).isZero();
    }

    @Test
    void aMissingOrWildcardIfMatchIsAPreconditionRequired() {
        assertThatThrownBy(() -> Versions.fromIfMatch(null, "hotline")).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> Versions.fromIfMatch(" ", "hotline")).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> Versions.fromIfMatch("*", "hotline")).isInstanceOf(PreconditionRequiredException.class);
    }

    @Test
    void anythingElseIsAnInvalidHeader() {
        assertThatThrownBy(() -> Versions.fromIfMatch("\"abc\"", "hotline")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Versions.fromIfMatch("\"1\", \"2\"", "hotline")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusalsAreExplainedInTheCallingModulesWords() {
        assertThatThrownBy(() -> Versions.fromIfMatch(null, "casework"))
                .isInstanceOfSatisfying(PreconditionRequiredException.class, e -> {
                    assertThat(e.code()).isEqualTo("precondition-required");
                    assertThat(e.messageKey()).isEqualTo("casework.ifMatch.required");
                });
        assertThatThrownBy(() -> Versions.fromIfMatch("\"abc\"", "casework"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(tuple(Versions.IF_MATCH, "casework.ifMatch.invalid")));
    }
}

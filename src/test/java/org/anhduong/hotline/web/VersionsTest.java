package org.anhduong.hotline.web;

import org.anhduong.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsTest {

    @Test
    void anETagComesBackAsItsVersion() {
        assertThat(Versions.etag(3)).isEqualTo("\"3\"");
        assertThat(Versions.fromIfMatch("\"3\"")).isEqualTo(3);
        assertThat(Versions.fromIfMatch(" W/\"12\" ")).isEqualTo(12);
        assertThat(Versions.fromIfMatch("0")).isZero();
    }

    @Test
    void aMissingOrWildcardIfMatchIsAPreconditionRequired() {
        assertThatThrownBy(() -> Versions.fromIfMatch(null)).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> Versions.fromIfMatch(" ")).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> Versions.fromIfMatch("*")).isInstanceOf(PreconditionRequiredException.class);
    }

    @Test
    void anythingElseIsAnInvalidHeader() {
        assertThatThrownBy(() -> Versions.fromIfMatch("\"abc\"")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Versions.fromIfMatch("\"1\", \"2\"")).isInstanceOf(InvalidInputException.class);
    }
}

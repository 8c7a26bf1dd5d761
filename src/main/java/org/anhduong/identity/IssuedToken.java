package org.anhduong.identity;

/** A freshly created API token: {@code secret} is shown to its owner once and never stored. */
public record IssuedToken(String secret, ApiToken token) {
}

package org.anhduong.identity.web;

/**
 * A page that shows a secret once (a temporary password, an API token), straight from the POST that made it: it is
 * never put in a URL, a redirect or the session, so it cannot be shown again.
 *
 * @param titleKey message key of the heading
 * @param subject  whose secret it is (a username or a token name)
 * @param noteKey  message key of how to hand the secret over
 * @param backPath where to go next
 */
public record SecretPage(String titleKey, String subject, String secret, String noteKey, String backPath) {
}

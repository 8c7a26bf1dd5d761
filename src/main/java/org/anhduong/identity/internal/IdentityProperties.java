package org.anhduong.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Identity settings. The owning agency changes with reorganisations, so its name is configuration.
 *
 * @param ownerOrganisation name of the organisation the first administrator belongs to
 * @param maxFailedLogins   failed sign-ins before a temporary lockout
 * @param lockout           how long the lockout lasts
 * @param tokenValidity     how long a new API token is valid
 */
@ConfigurationProperties("anhduong.identity")
public record IdentityProperties(
        @DefaultValue("Trung tâm Công tác xã hội") String ownerOrganisation,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("30d") Duration tokenValidity) {
}

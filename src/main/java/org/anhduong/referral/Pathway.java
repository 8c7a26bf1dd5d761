package org.anhduong.referral;

import java.util.List;

/**
 * The recommended providers for one service type in one commune, or in the whole province ({@link #PROVINCE}), in the
 * order to try them. Version 0 is a pathway never saved.
 */
public record Pathway(String scope, ServiceType serviceType, int version, List<ServiceOffer> services) {

    public static final String PROVINCE = "PROVINCE";

    public Pathway {
        services = List.copyOf(services);
    }
}

package org.anhduong.casework;

/**
 * Services given to a client, in the spirit of the UN Essential Services Package; each belongs to one sector. The
 * incident's GBVIMS type never limits which of them are offered.
 */
public enum ServiceType {
    DIRECT_COUNSELLING_IN_PERSON(EspSector.SOCIAL_SERVICES),
    PHONE_COUNSELLING(EspSector.SOCIAL_SERVICES),
    PSYCHOLOGICAL_SUPPORT(EspSector.SOCIAL_SERVICES),
    LEGAL_AID(EspSector.JUSTICE_AND_POLICING),
    HEALTH_CARE(EspSector.HEALTH),
    EMERGENCY_SUPPORT(EspSector.SOCIAL_SERVICES),
    SAFE_ACCOMMODATION(EspSector.SOCIAL_SERVICES),
    MATERIAL_AID(EspSector.SOCIAL_SERVICES),
    EDUCATION_SUPPORT(EspSector.SOCIAL_SERVICES),
    VOCATIONAL_OR_LIVELIHOOD_SUPPORT(EspSector.SOCIAL_SERVICES),
    FAMILY_REUNIFICATION(EspSector.COORDINATION),
    PERPETRATOR_BEHAVIOUR_CHANGE(EspSector.JUSTICE_AND_POLICING);

    private final EspSector sector;

    ServiceType(EspSector sector) {
        this.sector = sector;
    }

    public EspSector sector() {
        return sector;
    }
}

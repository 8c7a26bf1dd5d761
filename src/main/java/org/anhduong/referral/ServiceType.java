package org.anhduong.referral;

import org.anhduong.casework.EspSector;

/** A kind of service, in the spirit of the UN Essential Services Package, each in its sector. */
public enum ServiceType {
    ONE_STOP_CARE(EspSector.HEALTH),
    MEDICAL_CARE(EspSector.HEALTH),
    FORENSIC_EXAMINATION(EspSector.HEALTH),
    MENTAL_HEALTH(EspSector.HEALTH),
    POLICE_PROTECTION(EspSector.JUSTICE_AND_POLICING),
    PROTECTION_ORDER(EspSector.JUSTICE_AND_POLICING),
    LEGAL_AID(EspSector.JUSTICE_AND_POLICING),
    HELPLINE(EspSector.SOCIAL_SERVICES),
    CRISIS_COUNSELLING(EspSector.SOCIAL_SERVICES),
    SAFE_ACCOMMODATION(EspSector.SOCIAL_SERVICES),
    MATERIAL_AID(EspSector.SOCIAL_SERVICES),
    LEGAL_INFORMATION(EspSector.SOCIAL_SERVICES),
    PSYCHOSOCIAL_SUPPORT(EspSector.SOCIAL_SERVICES),
    ECONOMIC_EMPOWERMENT(EspSector.SOCIAL_SERVICES),
    CASE_COORDINATION(EspSector.COORDINATION);

    private final EspSector sector;

    ServiceType(EspSector sector) {
        this.sector = sector;
    }

    public EspSector sector() {
        return sector;
    }

    public String labelKey() {
        return "referral.serviceType." + name();
    }
}

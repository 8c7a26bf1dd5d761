package org.anhduong.casework;

/**
 * The five groups into which this project sorts the sixteen domestic-violence acts of Law 13/2022/QH15 Art. 3 cl. 1
 * (the law lists the acts without grouping them; Art. 2 cl. 1 names physical, mental, sexual and economic harm, and
 * neglect is kept apart because services for it differ). See {@link DomesticViolenceAct} for the mapping.
 */
public enum ActGroup {
    PHYSICAL,
    PSYCHOLOGICAL,
    SEXUAL,
    ECONOMIC,
    NEGLECT;

    public String labelKey() {
        return "casework.actGroup." + name();
    }
}

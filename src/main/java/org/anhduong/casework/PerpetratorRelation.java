package org.anhduong.casework;

/**
 * The perpetrator's relationship to the survivor. Partners include former, divorced and cohabiting ones: GBVIMS counts
 * them as intimate partners, and Law 13/2022/QH15 (Art. 3 cl. 2) treats violence between divorced or cohabiting people
 * as domestic violence too.
 */
public enum PerpetratorRelation {
    CURRENT_HUSBAND_OR_WIFE(Kind.PARTNER),
    /** Divorced. */
    FORMER_SPOUSE(Kind.PARTNER),
    /** Living together as husband and wife without a registered marriage. */
    COHABITING_PARTNER(Kind.PARTNER),
    BOYFRIEND_OR_GIRLFRIEND(Kind.DATING_PARTNER),
    /** A former boyfriend or girlfriend (a former spouse is {@link #FORMER_SPOUSE}). */
    FORMER_PARTNER(Kind.DATING_PARTNER),
    FATHER(Kind.FAMILY),
    MOTHER(Kind.FAMILY),
    STEP_PARENT(Kind.FAMILY),
    SIBLING(Kind.FAMILY),
    CHILD(Kind.FAMILY),
    PARENT_IN_LAW(Kind.FAMILY),
    OTHER_RELATIVE(Kind.FAMILY),
    /** A guardian or carer who is not a relative. */
    GUARDIAN_OR_CAREGIVER(Kind.OTHER),
    TEACHER_OR_SCHOOL_STAFF(Kind.OTHER),
    EMPLOYER(Kind.OTHER),
    /** Police, an official, a religious or community leader. */
    AUTHORITY_FIGURE(Kind.OTHER),
    ACQUAINTANCE_OR_NEIGHBOUR(Kind.OTHER),
    STRANGER(Kind.OTHER),
    UNKNOWN(Kind.OTHER);

    private enum Kind { PARTNER, DATING_PARTNER, FAMILY, OTHER }

    private final Kind kind;

    PerpetratorRelation(Kind kind) {
        this.kind = kind;
    }

    /** A current or former partner, married, cohabiting or dating: the perpetrator of intimate-partner violence. */
    public boolean isIntimatePartner() {
        return kind == Kind.PARTNER || kind == Kind.DATING_PARTNER;
    }

    /**
     * A member of the family in the sense of Law 13/2022/QH15: relatives, spouses, and divorced or cohabiting partners.
     * Dating partners who never lived together are not, so the law on domestic violence does not apply to them.
     */
    public boolean isFamilyMember() {
        return kind == Kind.PARTNER || kind == Kind.FAMILY;
    }

    public String labelKey() {
        return "casework.perpetratorRelation." + name();
    }
}

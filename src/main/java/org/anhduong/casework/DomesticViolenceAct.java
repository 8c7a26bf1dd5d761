package org.anhduong.casework;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sixteen acts of domestic violence of Law 13/2022/QH15 (on the prevention of domestic violence), Art. 3 cl. 1,
 * in the law's order, each with its point letter (Vietnamese lettering: a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p,
 * q — there is no f or j). An incident may involve several acts.
 *
 * <p>The grouping into {@link ActGroup} is this project's own, for reports and for choosing services:
 * <ul>
 * <li>PHYSICAL — harm to the body or to liberty: ill-treatment and beating (a), confinement (p);</li>
 * <li>PSYCHOLOGICAL — harm through words, fear and control of relationships: insults (b), being made to witness
 *     violence (c), discrimination (đ), isolation (e), obstructing family relations (g), exposing private life (h),
 *     forcing or blocking a marriage or divorce (l);</li>
 * <li>SEXUAL — forced sex between spouses (i), forced pornography (k), coercion over pregnancy, abortion or the
 *     sex of the foetus (m);</li>
 * <li>ECONOMIC — seizing or destroying property (n), forced overwork, financial demands and control of money (o),
 *     forcing someone out of the lawful home (q);</li>
 * <li>NEGLECT — abandoning or not caring for a dependent child, pregnant or nursing woman, older or disabled
 *     member (d).</li>
 * </ul>
 * Labels are short paraphrases written for this project, not the text of the law.
 */
public enum DomesticViolenceAct {
    ILL_TREATMENT("a", ActGroup.PHYSICAL),
    INSULT("b", ActGroup.PSYCHOLOGICAL),
    FORCED_TO_WITNESS_VIOLENCE("c", ActGroup.PSYCHOLOGICAL),
    NEGLECT_OF_DEPENDANTS("d", ActGroup.NEGLECT),
    DISCRIMINATION("đ", ActGroup.PSYCHOLOGICAL),
    ISOLATION("e", ActGroup.PSYCHOLOGICAL),
    OBSTRUCTING_FAMILY_RELATIONS("g", ActGroup.PSYCHOLOGICAL),
    EXPOSING_PRIVATE_LIFE("h", ActGroup.PSYCHOLOGICAL),
    FORCED_SEX("i", ActGroup.SEXUAL),
    FORCED_PORNOGRAPHY("k", ActGroup.SEXUAL),
    FORCED_OR_BLOCKED_MARRIAGE("l", ActGroup.PSYCHOLOGICAL),
    REPRODUCTIVE_COERCION("m", ActGroup.SEXUAL),
    PROPERTY_SEIZED_OR_DESTROYED("n", ActGroup.ECONOMIC),
    ECONOMIC_COERCION("o", ActGroup.ECONOMIC),
    CONFINEMENT("p", ActGroup.PHYSICAL),
    FORCED_OUT_OF_HOME("q", ActGroup.ECONOMIC);

    private final String point;
    private final ActGroup group;

    DomesticViolenceAct(String point, ActGroup group) {
        this.point = point;
        this.group = group;
    }

    /** The point letter in Art. 3 cl. 1, as the law writes it ("đ" included). */
    public String point() {
        return point;
    }

    public ActGroup group() {
        return group;
    }

    public String labelKey() {
        return "casework.dvAct." + name();
    }

    /** The act at a point letter of Art. 3 cl. 1, e.g. {@code "đ"}. */
    public static Optional<DomesticViolenceAct> atPoint(String point) {
        return Arrays.stream(values()).filter(act -> act.point.equals(point)).findFirst();
    }
}

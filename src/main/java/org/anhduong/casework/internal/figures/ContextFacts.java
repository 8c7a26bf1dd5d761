package org.anhduong.casework.internal.figures;

import org.anhduong.casework.AbductionStatus;
import org.anhduong.casework.GbvimsType;
import org.anhduong.casework.IncidentContext;
import org.anhduong.casework.PerpetratorRelation;
import org.anhduong.casework.internal.rules.DeriveContexts;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * What the derived contexts of one incident need, read in bulk: the case file's derivation ({@link DeriveContexts})
 * applied to it. The birth date is encrypted; only the birth year is plain, and it settles the age at the incident
 * except in the survivor's 18th year, when the stored date is decrypted (the age from the year alone is the youngest
 * she can have been, at most one year under the age from her full date).
 *
 * @param partner       whether any perpetrator is a current or former partner (the only fact about relations the
 *                      derivation reads)
 * @param storedBirth   the encrypted birth date, read only when the year cannot settle the age
 */
record ContextFacts(long caseId, GbvimsType type, @Nullable String incidentDate, @Nullable Boolean moneyOrGoods,
                    AbductionStatus abduction, boolean harmfulPractice, @Nullable Integer birthYear,
                    @Nullable AgeGroup ageGroup, @Nullable String storedBirth, boolean partner) {

    /** The relations that make a perpetrator an intimate partner, for {@code IN (:partners)}. */
    static final java.util.List<String> PARTNER_RELATIONS = java.util.Arrays.stream(PerpetratorRelation.values())
            .filter(PerpetratorRelation::isIntimatePartner).map(Enum::name).toList();

    /** Columns of a query over {@code casework_incidents i} and {@code casework_clients k} with {@code :partners}. */
    static final String COLUMNS = """
            i.case_id, i.gbvims_type, i.incident_date, i.money_or_goods, i.abduction, i.harmful_practice,
            k.birth_year, k.age_group, k.date_of_birth_enc,
            (SELECT COUNT(*) FROM casework_perpetrators p WHERE p.incident_id = i.id
             AND p.relation IN (:partners)) AS partner""";

    /**
     * Incidents that may have a context at all (a partner, a sexual or marriage type, a harmful practice): the others
     * need not be read.
     */
    static final String MAY_HAVE_CONTEXT = """
            (i.gbvims_type IN ('RAPE', 'SEXUAL_ASSAULT', 'FORCED_MARRIAGE') OR i.harmful_practice = TRUE
             OR EXISTS (SELECT 1 FROM casework_perpetrators p WHERE p.incident_id = i.id AND p.relation IN (:partners)))""";

    static ContextFacts read(ResultSet rs) throws SQLException {
        boolean money = rs.getBoolean("money_or_goods");
        Boolean moneyOrGoods = rs.wasNull() ? null : money;
        int year = rs.getInt("birth_year");
        Integer birthYear = rs.wasNull() ? null : year;
        String ageGroup = rs.getString("age_group");
        return new ContextFacts(rs.getLong("case_id"), GbvimsType.valueOf(rs.getString("gbvims_type")),
                rs.getString("incident_date"), moneyOrGoods, AbductionStatus.valueOf(rs.getString("abduction")),
                rs.getBoolean("harmful_practice"), birthYear, ageGroup == null ? null : AgeGroup.valueOf(ageGroup),
                rs.getString("date_of_birth_enc"), rs.getLong("partner") > 0);
    }

    /** The incident's contexts, as the case file derives them. */
    Set<IncidentContext> contexts(Function<@Nullable String, @Nullable PartialDate> decryptBirth) {
        PartialDate date = PartialDate.parseOrNull(incidentDate);
        Set<PerpetratorRelation> relations = partner
                ? EnumSet.of(PerpetratorRelation.CURRENT_HUSBAND_OR_WIFE) : EnumSet.noneOf(PerpetratorRelation.class);
        return DeriveContexts.of(type, birth(date, decryptBirth), date, ageGroup, relations, moneyOrGoods,
                abduction.abducted(), harmfulPractice);
    }

    private @Nullable PartialDate birth(@Nullable PartialDate date, Function<@Nullable String, @Nullable PartialDate> decrypt) {
        if (birthYear == null) {
            return null;
        }
        PartialDate year = PartialDate.of(birthYear);
        boolean ageMatters = type == GbvimsType.RAPE || type == GbvimsType.SEXUAL_ASSAULT
                || type == GbvimsType.FORCED_MARRIAGE;
        if (!ageMatters || date == null
                || DeriveContexts.ageAtIncident(year, date).orElse(0) != DeriveContexts.GBVIMS_CHILD_UNDER - 1) {
            return year;
        }
        PartialDate full = decrypt.apply(storedBirth);
        return full == null ? year : full;
    }
}

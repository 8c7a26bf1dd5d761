package org.anhduong.casework.internal.figures;

import org.anhduong.casework.CaseType;
import org.anhduong.casework.EspSector;
import org.anhduong.casework.IncidentContext;
import org.anhduong.casework.IncidentRecord;
import org.anhduong.casework.PerpetratorRelation;
import org.anhduong.casework.PlaceType;
import org.anhduong.casework.ServiceType;
import org.anhduong.casework.TimeOfDay;
import org.anhduong.casework.internal.FigureScope;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The anonymised incident dataset ({@link org.anhduong.casework.CaseFigures#incidents}): three statements — the
 * incidents with their case and client codes, their perpetrators, the services of their cases — joined in memory.
 * No encrypted column is read except a birth date the contexts cannot do without ({@link ContextFacts}).
 */
@Repository
class IncidentDataset {

    private static final String CASES_WITH_INCIDENTS = """
            FROM casework_cases c JOIN casework_clients k ON k.id = c.client_id
            JOIN casework_incidents i ON i.case_id = c.id
            WHERE %s AND %s""";

    private final JdbcClient jdbc;

    IncidentDataset(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<IncidentRecord> records(FigureScope scope, Period period,
                                 Function<@Nullable String, @Nullable PartialDate> decryptBirth) {
        String from = CASES_WITH_INCIDENTS.formatted(scope.where(), CaseSets.OPEN_DURING);
        Map<String, Object> params = FigureQueries.params(scope, period);
        Map<Long, List<Perpetrator>> perpetrators = perpetrators(from, params);
        Map<Long, Set<ServiceType>> services = services(from, params);
        List<IncidentRecord> records = new ArrayList<>();
        jdbc.sql("SELECT i.id AS incident_id, c.opened_at, c.case_type, c.commune_code, k.survivor_code, k.sex,"
                        + " i.time_of_day, i.place_type, " + ContextFacts.COLUMNS + " " + from
                        + " ORDER BY c.opened_at, c.id, i.id")
                .params(params).param("partners", ContextFacts.PARTNER_RELATIONS)
                .query((rs, row) -> {
                    ContextFacts facts = ContextFacts.read(rs);
                    List<Perpetrator> of = perpetrators.getOrDefault(rs.getLong("incident_id"), List.of());
                    Perpetrator first = of.isEmpty() ? null : of.getFirst();
                    PartialDate date = PartialDate.parseOrNull(facts.incidentDate());
                    String place = rs.getString("place_type");
                    Set<ServiceType> given = services.getOrDefault(facts.caseId(), Set.of());
                    return new IncidentRecord(facts.caseId(), rs.getString("survivor_code"),
                            CaseType.valueOf(rs.getString("case_type")),
                            facts.ageGroup() == null ? AgeGroup.UNKNOWN : facts.ageGroup(),
                            Sex.valueOf(rs.getString("sex")), rs.getString("commune_code"),
                            YearMonth.from(rs.getTimestamp("opened_at").toInstant().atZone(Period.ZONE)),
                            date == null || date.month() == null ? null : YearMonth.of(date.year(), date.month()),
                            date == null ? null : date.year(), TimeOfDay.valueOf(rs.getString("time_of_day")),
                            place == null ? null : PlaceType.valueOf(place), facts.type(),
                            Set.<IncidentContext>copyOf(facts.contexts(decryptBirth)), of.size(),
                            first == null ? null : first.relation(), first == null ? null : first.sex(),
                            first == null ? null : first.ageGroup(), given, sectors(given));
                })
                .list()
                .forEach(records::add);
        return records;
    }

    private record Perpetrator(PerpetratorRelation relation, Sex sex, AgeGroup ageGroup) {
    }

    /** The perpetrators of the incidents, in their recorded order. */
    private Map<Long, List<Perpetrator>> perpetrators(String from, Map<String, Object> params) {
        Map<Long, List<Perpetrator>> byIncident = new HashMap<>();
        jdbc.sql("SELECT p.incident_id, p.relation, p.sex, p.age_group FROM casework_perpetrators p"
                        + " WHERE p.incident_id IN (SELECT i.id " + from + ") ORDER BY p.incident_id, p.position, p.id")
                .params(params)
                .query((rs, row) -> Map.entry(rs.getLong("incident_id"),
                        new Perpetrator(PerpetratorRelation.valueOf(rs.getString("relation")),
                                Sex.valueOf(rs.getString("sex")), AgeGroup.valueOf(rs.getString("age_group")))))
                .list()
                .forEach(e -> byIncident.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        return byIncident;
    }

    /** The types of service given on the cases. */
    private Map<Long, Set<ServiceType>> services(String from, Map<String, Object> params) {
        Map<Long, Set<ServiceType>> byCase = new HashMap<>();
        jdbc.sql("SELECT DISTINCT v.case_id, v.service_type FROM casework_services v"
                        + " WHERE v.case_id IN (SELECT i.case_id " + from + ")")
                .params(params)
                .query((rs, row) -> Map.entry(rs.getLong("case_id"), ServiceType.valueOf(rs.getString("service_type"))))
                .list()
                .forEach(e -> byCase.computeIfAbsent(e.getKey(), id -> EnumSet.noneOf(ServiceType.class))
                        .add(e.getValue()));
        return byCase;
    }

    private static Set<EspSector> sectors(Set<ServiceType> services) {
        Set<EspSector> sectors = EnumSet.noneOf(EspSector.class);
        services.forEach(s -> sectors.add(s.sector()));
        return sectors;
    }
}

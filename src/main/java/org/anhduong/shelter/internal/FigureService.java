package org.anhduong.shelter.internal;

import org.anhduong.hotline.Sex;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.shelter.CareFigures;
import org.anhduong.shelter.CareReason;
import org.anhduong.shelter.EmergencyFigures;
import org.anhduong.shelter.ShelterFigures;
import org.anhduong.shelter.ShelterFigures.CareFact;
import org.anhduong.shelter.ShelterFigures.EpisodeFact;
import org.anhduong.shelter.ShelterFigures.StayFact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Shelter's figures for reporting (see {@link ShelterFigures}), counted in SQL over a period or on a day. */
@Service
class FigureService implements ShelterFigures {

    /** Episodes starting in the period. */
    private static final String EPISODES = "SELECT id FROM shelter_episodes WHERE started_on BETWEEN :from AND :to";
    /**
     * The accompanying-child rule over {@code e} (the episode) and {@code p} (the person), one text for the count and
     * the facts so that they cannot drift apart. A birth year alone is kept, so age is the difference of years.
     */
    static final String ACCOMPANYING_CHILD = """
            p.person_kind = 'COMPANION' AND (EXTRACT(YEAR FROM e.started_on) - p.birth_year < 18
                 OR p.birth_year IS NULL AND p.relation IN ('CHILD', 'GRANDCHILD'))""";

    private final JdbcClient jdbc;
    private final ShelterClock clock;
    private final FigureFacts facts;

    FigureService(JdbcClient jdbc, ShelterClock clock, FigureFacts facts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.facts = facts;
    }

    @Override
    public EmergencyFigures emergency(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        long cases = count("SELECT COUNT(DISTINCT case_id) FROM shelter_episodes WHERE started_on BETWEEN :from AND :to",
                from, to);
        long persons = count("SELECT COUNT(DISTINCT person_id) FROM shelter_episode_persons WHERE episode_id IN ("
                + EPISODES + ")", from, to);
        long children = count("""
                SELECT COUNT(DISTINCT p.id) FROM shelter_episode_persons ep
                JOIN shelter_episodes e ON e.id = ep.episode_id JOIN shelter_persons p ON p.id = ep.person_id
                WHERE e.started_on BETWEEN :from AND :to AND
                """ + ACCOMPANYING_CHILD, from, to);
        long admissions = count("""
                SELECT COUNT(*) FROM shelter_placements
                WHERE purpose = 'EMERGENCY' AND admitted_on BETWEEN :from AND :to""", from, to);
        return new EmergencyFigures(from, to, cases, persons, children, admissions, nights(from, to));
    }

    /** Nights of emergency stays within the period; an open stay's nights end with last night. */
    private long nights(LocalDate from, LocalDate to) {
        LocalDate end = clock.today();
        long[] total = {0};
        jdbc.sql("""
                        SELECT admitted_on, discharged_on FROM shelter_placements
                        WHERE purpose = 'EMERGENCY' AND admitted_on <= :to
                          AND (discharged_on IS NULL OR discharged_on > :from)""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((ResultSet rs) -> {
                    total[0] += Placements.stay(rs).nightsWithin(from, to, end);
                });
        return total[0];
    }

    @Override
    public CareFigures residentialCare(LocalDate on) {
        Map<Sex, Long> children = zeros();
        Map<Sex, Long> trafficked = zeros();
        jdbc.sql("""
                        SELECT p.sex, pl.reason, COUNT(*) AS staying FROM shelter_placements pl
                        JOIN shelter_persons p ON p.id = pl.person_id
                        WHERE pl.purpose = 'RESIDENTIAL_CARE' AND pl.admitted_on <= :on
                          AND (pl.discharged_on IS NULL OR pl.discharged_on > :on)
                        GROUP BY p.sex, pl.reason""")
                .param("on", Date.valueOf(on))
                .query((ResultSet rs) -> {
                    Sex sex = Sex.valueOf(rs.getString("sex"));
                    long staying = rs.getLong("staying");
                    children.merge(sex, staying, Long::sum);
                    if (CareReason.TRAFFICKED_RETURNEE.name().equals(rs.getString("reason"))) {
                        trafficked.merge(sex, staying, Long::sum);
                    }
                });
        return new CareFigures(on, children, trafficked);
    }

    @Override
    public List<EpisodeFact> emergencyEpisodes(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return facts.episodes(from, to, ACCOMPANYING_CHILD);
    }

    @Override
    public List<StayFact> emergencyStays(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return facts.stays(from, to);
    }

    @Override
    public List<CareFact> residentialCareOn(LocalDate on) {
        return facts.care(on);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "shelter.figures.periodOrder");
        }
    }

    private long count(String sql, LocalDate from, LocalDate to) {
        return jdbc.sql(sql).param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).query(Long.class).single();
    }

    private static Map<Sex, Long> zeros() {
        Map<Sex, Long> bySex = new EnumMap<>(Sex.class);
        for (Sex sex : Sex.values()) {
            bySex.put(sex, 0L);
        }
        return bySex;
    }
}

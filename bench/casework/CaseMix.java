package casework;

import casework.Staff.Org;
import org.anhduong.platform.time.PartialDate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;

import static common.Gen.pick;

/**
 * The mix of cases: types (gender-based and domestic violence the majority, child abuse a sixth, trafficking a few per
 * cent, more of it at the borders and in the shelter), where they come from, who the clients are, how long cases
 * last and where the open ones stand.
 */
final class CaseMix {

    static final String[] TYPES = {"GBV", "DOMESTIC_VIOLENCE", "CHILD_ABUSE", "TRAFFICKING", "OTHER_PROTECTION"};
    static final double[] TYPE_WEIGHTS = {30, 44, 17, 3, 6};
    static final String[] SOURCES = {"HOTLINE", "WALK_IN", "NATIONAL_HOTLINE_111", "POLICE_OR_BORDER_HANDOVER",
            "COMMUNE_OR_SCHOOL_OFFICE", "PARTNER_REFERRAL", "OUTREACH"};
    static final double[] ADULT_SOURCE_WEIGHTS = {38, 24, 2, 6, 12, 13, 5};
    static final double[] CHILD_SOURCE_WEIGHTS = {12, 8, 45, 5, 22, 6, 2};
    static final double[] TRAFFICKING_SOURCE_WEIGHTS = {10, 5, 2, 65, 3, 13, 2};
    static final String[] PRIORITIES = {"LOW", "MEDIUM", "HIGH", "URGENT"};
    static final double[] PRIORITY_WEIGHTS = {15, 50, 28, 7};
    static final double[] SERIOUS_PRIORITY_WEIGHTS = {3, 30, 45, 22};
    static final String[] RISKS = {"LOW", "MEDIUM", "HIGH"};
    static final double[] RISK_WEIGHTS = {35, 42, 23};
    static final String[] RELATIONS = {"CHILD", "GRANDCHILD", "SIBLING", "OTHER_RELATIVE"};
    static final double[] RELATION_WEIGHTS = {85, 3, 7, 5};
    static final String[] MARITAL = {"SINGLE", "MARRIED", "COHABITING", "SEPARATED", "DIVORCED", "WIDOWED", "UNKNOWN"};
    static final double[] MARITAL_WEIGHTS = {15, 45, 8, 10, 10, 2, 10};
    static final String[] OCCUPATIONS = {"FARMER", "WORKER", "TRADER_OR_SELF_EMPLOYED", "OFFICE_OR_PUBLIC_SERVICE",
            "MIGRANT_WORKER", "HOMEMAKER", "STUDENT", "UNEMPLOYED", "RETIRED", "OTHER", "UNKNOWN"};
    static final double[] OCCUPATION_WEIGHTS = {22, 20, 14, 6, 5, 12, 2, 7, 2, 3, 7};
    static final String[] DISABILITY_KINDS = {"MOBILITY", "HEARING_SPEECH", "VISUAL", "PSYCHOSOCIAL", "INTELLECTUAL",
            "MULTIPLE", "OTHER"};
    /** In progress: the share of its life a case spends before reaching each status. */
    static final String[] STAGES = {"OPEN", "ASSESSMENT", "CASE_PLAN", "SERVICES", "FOLLOW_UP"};
    static final double[] STAGE_ENDS = {0.05, 0.15, 0.30, 0.70, 1.0};

    private CaseMix() {
    }

    static String type(SplittableRandom r, Org org) {
        double[] weights = TYPE_WEIGHTS.clone();
        weights[3] *= org.trafficking();
        return TYPES[pick(common.Gen.cumulative(weights), r.nextDouble())];
    }

    static String source(SplittableRandom r, String type) {
        return switch (type) {
            case "CHILD_ABUSE" -> pick(r, SOURCES, CHILD_SOURCE_WEIGHTS);
            case "TRAFFICKING" -> pick(r, SOURCES, TRAFFICKING_SOURCE_WEIGHTS);
            default -> pick(r, SOURCES, ADULT_SOURCE_WEIGHTS);
        };
    }

    /** The referrer's own reference: a 111 ticket, a hand-over record, a partner's file number. */
    static String reference(SplittableRandom r, String source, LocalDate on) {
        return switch (source) {
            case "NATIONAL_HOTLINE_111" -> String.format("111-%d-%06d", on.getYear(), r.nextInt(1_000_000));
            case "POLICE_OR_BORDER_HANDOVER" -> String.format("BB-%d-%04d", on.getYear(), r.nextInt(10_000));
            case "PARTNER_REFERRAL" -> r.nextBoolean() ? String.format("CT-%05d", r.nextInt(100_000)) : null;
            default -> null;
        };
    }

    static String priority(SplittableRandom r, String type) {
        boolean serious = type.equals("TRAFFICKING") || type.equals("CHILD_ABUSE");
        return pick(r, PRIORITIES, serious ? SERIOUS_PRIORITY_WEIGHTS : PRIORITY_WEIGHTS);
    }

    static String risk(SplittableRandom r) {
        return pick(r, RISKS, RISK_WEIGHTS);
    }

    record Life(String status, boolean closed, OffsetDateTime closedAt, OffsetDateTime updatedAt, int version) {
    }

    /** A case lasts about three months (log-normal); those whose end lies before today are closed. */
    static Life life(SplittableRandom r, OffsetDateTime opened, LocalDate today) {
        double days = Math.max(1, Math.min(1500, CaseRows.lognormal(r, 90, 0.8)));
        OffsetDateTime end = opened.plusSeconds((long) (days * 86_400));
        OffsetDateTime now = today.atStartOfDay(CaseRows.VIETNAM).toOffsetDateTime();
        int edits = 1 + r.nextInt(8);
        if (end.isBefore(now)) {
            return new Life("CLOSED", true, end, end, edits + 2);
        }
        double done = (now.toEpochSecond() - opened.toEpochSecond()) / (days * 86_400);
        int stage = 0;
        while (done > STAGE_ENDS[stage]) {
            stage++;
        }
        OffsetDateTime updated = opened.plusSeconds((long) ((now.toEpochSecond() - opened.toEpochSecond())
                * r.nextDouble()));
        return new Life(STAGES[stage], false, null, updated, stage == 0 ? 0 : Math.min(edits, stage * 2));
    }

    record Person(String sex, int age, String disability, String disabilityKind) {
    }

    static Person person(SplittableRandom r, String type, LocalDate on) {
        double female = switch (type) {
            case "CHILD_ABUSE" -> 0.62;
            case "TRAFFICKING" -> 0.85;
            case "OTHER_PROTECTION" -> 0.7;
            default -> 0.93;
        };
        double u = r.nextDouble();
        String sex = u < female ? "FEMALE" : u < female + 0.005 ? "OTHER" : "MALE";
        int age = switch (type) {
            case "CHILD_ABUSE" -> 3 + r.nextInt(15);
            case "TRAFFICKING" -> 15 + (int) Math.min(30, Math.abs(CaseRows.lognormal(r, 6, 0.7)));
            default -> (int) Math.max(16, Math.min(85, 34 + 10 * common.Gen.gaussian(r)));
        };
        double d = r.nextDouble();
        String disability = d < 0.05 ? "YES" : d < 0.6 ? "NO" : "UNKNOWN";
        String kind = disability.equals("YES") ? DISABILITY_KINDS[r.nextInt(DISABILITY_KINDS.length)] : null;
        return new Person(sex, age, disability, kind);
    }

    /** Half a full date, a third the year only, a few a month, the rest unknown (an age band is estimated). */
    static PartialDate birth(SplittableRandom r, int age, LocalDate on) {
        double u = r.nextDouble();
        LocalDate born = on.minusYears(age).minusDays(1 + r.nextInt(364));
        if (u < 0.5) {
            return PartialDate.of(born);
        }
        if (u < 0.8) {
            return PartialDate.of(born.getYear());
        }
        return u < 0.85 ? PartialDate.of(born.getYear(), born.getMonthValue()) : null;
    }

    /** ClientRules.ageGroupOf: the hotline's bands, on the legal lines of 16 and 18. */
    static String ageGroup(int age) {
        if (age < 6) {
            return "AGE_0_5";
        }
        if (age < 12) {
            return "AGE_6_11";
        }
        if (age < 16) {
            return "AGE_12_15";
        }
        if (age < 18) {
            return "AGE_16_17";
        }
        if (age < 25) {
            return "AGE_18_24";
        }
        return age < 60 ? "AGE_25_59" : "AGE_60_PLUS";
    }

    /** Kinh 84 %, the other 53 groups 13 %, unknown and foreign the rest. */
    static String ethnicity(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.84) {
            return "01";
        }
        if (u < 0.97) {
            return String.format("%02d", 2 + (int) Math.min(52, Math.abs(CaseRows.lognormal(r, 3, 1.0))));
        }
        return u < 0.995 ? "UNKNOWN" : "FOREIGN";
    }

    static String nationality(SplittableRandom r, String type) {
        double foreign = type.equals("TRAFFICKING") ? 0.05 : 0.004;
        if (r.nextDouble() >= foreign) {
            return "VN";
        }
        return new String[] {"KH", "LA", "CN"}[r.nextInt(3)];
    }

    static String marital(SplittableRandom r, int age) {
        if (age < 16) {
            return r.nextDouble() < 0.9 ? "SINGLE" : "UNKNOWN";
        }
        return pick(r, MARITAL, MARITAL_WEIGHTS);
    }

    static String occupation(SplittableRandom r, int age) {
        if (age < 18) {
            return r.nextDouble() < 0.8 ? "STUDENT" : "UNKNOWN";
        }
        return pick(r, OCCUPATIONS, OCCUPATION_WEIGHTS);
    }

    /** One number for most clients, two for a fifth, none for a few (children brought in by others). */
    static int phoneCount(SplittableRandom r) {
        double u = r.nextDouble();
        return u < 0.06 ? 0 : u < 0.78 ? 1 : 2;
    }

    /** About 30 % of cases come with companions, mostly children: one, two or three. */
    static int companions(SplittableRandom r, String type) {
        double share = switch (type) {
            case "DOMESTIC_VIOLENCE" -> 0.42;
            case "GBV" -> 0.24;
            case "CHILD_ABUSE" -> 0.18;
            case "TRAFFICKING" -> 0.05;
            default -> 0.2;
        };
        if (r.nextDouble() >= share) {
            return 0;
        }
        double u = r.nextDouble();
        return u < 0.55 ? 1 : u < 0.87 ? 2 : 3;
    }
}

package casework;

import casework.CaseRows.ClientFacts;
import casework.Staff.Org;
import casework.Staff.World;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbering (case numbers per organisation prefix and year, survivor codes per prefix, as Numbering and CodeFormat
 * make them with the default patterns) and figures about the generated data, with one case to check the application
 * against.
 */
final class Stats {

    static final java.util.Set<String> CHILD_GROUPS = java.util.Set.of("AGE_0_5", "AGE_6_11", "AGE_12_15", "AGE_16_17");

    final World world;
    final double[] orgWeights;
    final Map<String, Long> caseCounters = new TreeMap<>();
    final Map<String, Long> survivorCounters = new TreeMap<>();
    final Map<String, Long> types = new TreeMap<>();
    final Map<String, Long> byOrg = new TreeMap<>();
    long cases;
    long closed;
    long withCompanions;
    long companionRows;
    long phoneRows;
    long noPhone;
    long twoPhones;
    long idNumbers;
    long named;
    long children;
    /** The newest named case with a phone, a birth year and companions in the largest organisation. */
    final Map<String, Object> check = new LinkedHashMap<>();

    Stats(World world) {
        this.world = world;
        this.orgWeights = world.orgs().stream().mapToDouble(Org::share).toArray();
    }

    /** {prefix}-{year}-{seq:6}: a counter per prefix and year. */
    String nextCaseNumber(Org org, int year) {
        long seq = caseCounters.merge(org.prefix() + "\t" + year, 1L, Long::sum);
        return String.format("%s-%d-%06d", org.prefix(), year, seq);
    }

    /** {prefix}-S-{seq:5}: a counter per prefix. */
    String nextSurvivorCode(Org org) {
        long seq = survivorCounters.merge(org.prefix(), 1L, Long::sum);
        return String.format("%s-S-%05d", org.prefix(), seq);
    }

    void add(Org org, String type, int companions, ClientFacts client, boolean isClosed) {
        cases++;
        types.merge(type, 1L, Long::sum);
        byOrg.merge(org.prefix(), 1L, Long::sum);
        closed += isClosed ? 1 : 0;
        withCompanions += companions > 0 ? 1 : 0;
        phoneRows += client.phoneCount();
        noPhone += client.phoneCount() == 0 ? 1 : 0;
        twoPhones += client.phoneCount() == 2 ? 1 : 0;
        idNumbers += client.idNumber() ? 1 : 0;
        named += client.fullName() != null ? 1 : 0;
        children += CHILD_GROUPS.contains(client.ageGroup()) ? 1 : 0;
    }

    void check(long id, Org org, String number, String survivorCode, ClientFacts client, int companions) {
        if (org == world.orgs().getFirst() && client.fullName() != null && client.phone() != null
                && client.birthYear() != null && companions > 0 && "once".equals(client.phoneBand())) {
            check.put("check.case", id);
            check.put("check.number", number);
            check.put("check.survivor", survivorCode);
            check.put("check.name", client.fullName());
            check.put("check.phone", client.phone());
            check.put("check.companions", companions);
        }
    }

    Map<String, Object> figures() {
        var p = new LinkedHashMap<String, Object>();
        p.put("cases", cases);
        p.put("share.closed", common.Gen.percent(closed, cases));
        p.put("types", share(types));
        p.put("share.organisations", share(byOrg));
        p.put("share.withCompanions", common.Gen.percent(withCompanions, cases));
        p.put("companions", companionRows);
        p.put("phones", phoneRows);
        p.put("share.noPhone", common.Gen.percent(noPhone, cases));
        p.put("share.twoPhones", common.Gen.percent(twoPhones, cases));
        p.put("share.idNumber", common.Gen.percent(idNumbers, cases));
        p.put("share.named", common.Gen.percent(named, cases));
        p.put("share.children", common.Gen.percent(children, cases));
        return p;
    }

    private String share(Map<String, Long> counts) {
        StringBuilder s = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> s.append(s.isEmpty() ? "" : ", ").append(e.getKey()).append(' ')
                        .append(common.Gen.percent(e.getValue(), cases)));
        return s.toString();
    }
}

package casework;

import casework.Team.Case;
import common.Gen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static common.Gen.pick;

/** What the load asks for: numbers to search, cases to open. */
final class Targets {

    private Targets() {
    }

    /**
     * A number to search, tagged: 60 % "own" (the number of a case the user may read: a client calls back, a
     * colleague asks), 30 % "other" (the number of any case, mostly outside her team: she learns only where one is),
     * 10 % "unknown" (a number no client gave); the first two also by the number's band (once, repeat, shared).
     *
     * @param expected a case the answer must list, or null
     */
    record Search(String band, String e164, Case expected) {
    }

    static Search search(Team team, int client, SplittableRandom random, long unusedFrom) {
        double u = random.nextDouble();
        if (u < 0.9) {
            for (int attempt = 0; attempt < 20; attempt++) {
                Case c = u < 0.6 ? team.readable(client, random) : team.any(random);
                if (c != null && c.phone() != null) {
                    boolean mine = Team.mayRead(team.user(client), c);
                    // A busy shared number lists at most 50 readable cases: the chosen one may not be among them.
                    Case expected = mine && !c.phoneBand().equals("shared") ? c : null;
                    return new Search((u < 0.6 ? "own/" : "other/") + c.phoneBand(), c.phone(), expected);
                }
            }
        }
        return new Search("unknown", Gen.e164(unusedFrom + random.nextLong(10_000_000)), null);
    }

    /**
     * A case as a case worker opens it after an intake: a client with one phone, a birth year and a child with her.
     * Mostly a number never seen ("new"); 15 % the number of a case the user may read ("known": a returning client,
     * so the duplicate warning is answered).
     */
    record Opening(String band, Map<String, Object> body) {
    }

    static Opening opening(Team team, int client, SplittableRandom random, long unusedFrom, String[] communes) {
        String type = pick(random, CaseMix.TYPES, CaseMix.TYPE_WEIGHTS);
        boolean child = type.equals("CHILD_ABUSE");
        boolean female = random.nextDouble() < (child ? 0.62 : 0.93);
        int year = java.time.Year.now().getValue();
        Case known = random.nextDouble() < 0.15 ? team.readable(client, random) : null;
        String band = known != null && known.phone() != null ? "known" : "new";
        String phone = band.equals("known") ? known.phone()
                : Gen.e164(unusedFrom + 10_000_000 + random.nextLong(10_000_000));
        String commune = communes.length == 0 ? null : communes[random.nextInt(communes.length)];
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("fullName", People.name(random, female));
        person.put("sex", female ? "FEMALE" : "MALE");
        person.put("dateOfBirth", Integer.toString(year - (child ? 3 + random.nextInt(15) : 18 + random.nextInt(40))));
        person.put("phones", List.of(common.Web.spelling(phone, random)));
        person.put("ethnicity", "01");
        person.put("nationality", "VN");
        person.put("maritalStatus", child ? "SINGLE" : pick(random, CaseMix.MARITAL, CaseMix.MARITAL_WEIGHTS));
        person.put("occupation", child ? "STUDENT" : "WORKER");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        String source = CaseMix.source(random, type);
        body.put("source", source);
        String reference = CaseMix.reference(random, source, java.time.LocalDate.now());
        if (reference != null) {
            body.put("referringReference", reference);
        }
        body.put("priority", CaseMix.priority(random, type));
        if (commune != null) {
            person.put("communeCode", commune);
            body.put("communeCode", commune);
        }
        body.put("client", person);
        body.put("companions", List.of(Map.of("relation", child ? "SIBLING" : "CHILD", "sex", random.nextBoolean() ? "FEMALE" : "MALE",
                "dateOfBirth", Integer.toString(year - random.nextInt(12)))));
        return new Opening(band, body);
    }
}

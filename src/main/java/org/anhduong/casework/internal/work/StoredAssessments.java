package org.anhduong.casework.internal.work;

import org.anhduong.casework.Assessment;
import org.anhduong.casework.RiskResult;
import org.anhduong.platform.crypto.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Safety assessments; answers stored as "CODE=Y,CODE=N" in the instrument's order, red flags as "CODE,CODE". */
@Repository
class StoredAssessments {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    StoredAssessments(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    long insert(long caseId, Map<String, Boolean> answers, RiskResult result, @Nullable String safetyPlan,
                long assessedBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO casework_assessments (case_id, instrument_code, answers, total, risk_level, red_flags,
                               safety_plan_enc, assessed_by, assessed_at)
                        VALUES (:case, :instrument, :answers, :total, :level, :flags, :plan, :by, :at)""")
                .param("case", caseId).param("instrument", result.instrumentCode())
                .param("answers", answers.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue() ? "Y" : "N"))
                        .collect(Collectors.joining(",")))
                .param("total", result.total()).param("level", result.level().name())
                .param("flags", String.join(",", result.redFlags()))
                .param("plan", cipher.encrypt(safetyPlan, WorkColumns.SAFETY_PLAN))
                .param("by", assessedBy).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The case's assessments, newest first; {@code itemCodes} in the instrument's order, to list the unanswered. */
    List<Assessment> ofCase(long caseId, List<String> itemCodes) {
        return jdbc.sql("SELECT * FROM casework_assessments WHERE case_id = :case ORDER BY assessed_at DESC, id DESC")
                .param("case", caseId).query((rs, row) -> map(rs, itemCodes)).list();
    }

    private Assessment map(ResultSet rs, List<String> itemCodes) throws SQLException {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (String pair : split(rs.getString("answers"))) {
            String[] codeAndAnswer = pair.split("=", 2);
            answers.put(codeAndAnswer[0], "Y".equals(codeAndAnswer[1]));
        }
        List<String> unanswered = itemCodes.stream().filter(code -> !answers.containsKey(code)).toList();
        return new Assessment(rs.getLong("id"), rs.getLong("case_id"), rs.getString("instrument_code"), answers,
                rs.getInt("total"), RiskResult.Level.valueOf(rs.getString("risk_level")), split(rs.getString("red_flags")),
                unanswered, cipher.decrypt(rs.getString("safety_plan_enc"), WorkColumns.SAFETY_PLAN),
                rs.getLong("assessed_by"), rs.getTimestamp("assessed_at").toInstant());
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}

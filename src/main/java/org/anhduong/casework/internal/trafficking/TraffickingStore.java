package org.anhduong.casework.internal.trafficking;

import org.anhduong.casework.HandingAuthority;
import org.anhduong.casework.HandoverSummary;
import org.anhduong.casework.IdentificationStep;
import org.anhduong.casework.IdentificationStepKind;
import org.anhduong.casework.NewIdentificationStep;
import org.anhduong.casework.TraffickingDetails;
import org.anhduong.casework.TraffickingRecord;
import org.anhduong.casework.TraffickingStatus;
import org.anhduong.casework.TraffickingSupport;
import org.anhduong.platform.crypto.EncryptedColumn;
import org.anhduong.platform.crypto.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Trafficking records (one row per case, versioned) and their identification steps (notes encrypted). */
@Repository
class TraffickingStore {

    static final String STEP_NOTE = "casework.trafficking.stepNote";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    TraffickingStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The record, with the case's hand-overs as {@code handovers} lists them. */
    Optional<TraffickingRecord> find(long caseId, List<HandoverSummary> handovers) {
        return jdbc.sql("SELECT * FROM casework_trafficking WHERE case_id = :case").param("case", caseId)
                .query((rs, row) -> new TraffickingRecord(caseId, rs.getInt("version"), details(rs), steps(caseId),
                        rs.getTimestamp("updated_at").toInstant(), handovers))
                .optional();
    }

    void insert(long caseId, TraffickingDetails details, long userId, Instant now) {
        jdbc.sql("""
                        INSERT INTO casework_trafficking (case_id, status, return_date, return_place, handed_over_by,
                               handed_over_by_detail, support, version, updated_by, updated_at)
                        VALUES (:case, :status, :returnDate, :returnPlace, :by, :byDetail, :support, 1, :user, :now)""")
                .params(params(details)).param("case", caseId).param("user", userId).param("now", Timestamp.from(now))
                .update();
    }

    boolean update(long caseId, int version, TraffickingDetails details, long userId, Instant now) {
        return jdbc.sql("""
                        UPDATE casework_trafficking SET status = :status, return_date = :returnDate,
                               return_place = :returnPlace, handed_over_by = :by, handed_over_by_detail = :byDetail,
                               support = :support, version = version + 1, updated_by = :user, updated_at = :now
                        WHERE case_id = :case AND version = :version""")
                .params(params(details)).param("case", caseId).param("version", version).param("user", userId)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    long addStep(long caseId, NewIdentificationStep step, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO casework_trafficking_steps (case_id, step_kind, taken_on, note_enc, recorded_by,
                               recorded_at)
                        VALUES (:case, :kind, :on, :note, :user, :now)""")
                .param("case", caseId).param("kind", step.kind().name()).param("on", Date.valueOf(step.takenOn()))
                .param("note", cipher.encrypt(step.note(), STEP_NOTE)).param("user", userId)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<IdentificationStep> steps(long caseId) {
        return jdbc.sql("SELECT * FROM casework_trafficking_steps WHERE case_id = :case ORDER BY taken_on, id")
                .param("case", caseId)
                .query((rs, row) -> new IdentificationStep(rs.getLong("id"),
                        IdentificationStepKind.valueOf(rs.getString("step_kind")), rs.getDate("taken_on").toLocalDate(),
                        cipher.decrypt(rs.getString("note_enc"), STEP_NOTE), rs.getLong("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static Map<String, @Nullable Object> params(TraffickingDetails d) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("status", d.status().name());
        params.put("returnDate", date(d.returnDate()));
        params.put("returnPlace", d.returnPlace());
        params.put("by", d.handedOverBy() == null ? null : d.handedOverBy().name());
        params.put("byDetail", d.handedOverByDetail());
        params.put("support", d.support().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        return params;
    }

    private static TraffickingDetails details(ResultSet rs) throws SQLException {
        String support = rs.getString("support");
        var kinds = EnumSet.noneOf(TraffickingSupport.class);
        Arrays.stream(support.split(",")).filter(s -> !s.isBlank()).map(TraffickingSupport::valueOf).forEach(kinds::add);
        String by = rs.getString("handed_over_by");
        return new TraffickingDetails(TraffickingStatus.valueOf(rs.getString("status")), day(rs, "return_date"),
                rs.getString("return_place"), by == null ? null : HandingAuthority.valueOf(by),
                rs.getString("handed_over_by_detail"), kinds);
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static @Nullable LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** The encrypted column, for the key-rotation command. */
    @Configuration(proxyBeanMethods = false)
    static class Columns {

        @Bean
        EncryptedColumn caseworkTraffickingStepNote() {
            return new EncryptedColumn("casework_trafficking_steps", "id", "note_enc", STEP_NOTE);
        }
    }
}

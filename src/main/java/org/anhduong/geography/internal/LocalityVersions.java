package org.anhduong.geography.internal;

import org.anhduong.platform.text.VietnameseText;
import org.anhduong.geography.Locality;
import org.anhduong.geography.LocalityLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The versions of the administrative units in the {@code localities} table. */
@Repository
class LocalityVersions {

    static final String SELECT = "SELECT code, name, level, parent_code, valid_from, valid_to FROM localities";
    /** A version is valid on a date from its first day to its last day, both included. */
    static final String VALID_ON = "valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)";

    /** Declared so that null parents need no metadata round trip per row on PostgreSQL. */
    private static final int[] INSERT_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE};
    private static final int[] CLOSED_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.DATE, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LocalityVersions(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<Locality> validOn(String code, LocalDate date) {
        return jdbc.sql(SELECT + " WHERE code = ? AND " + VALID_ON)
                .params(code, date, date)
                .query(LocalityVersions::locality)
                .optional();
    }

    List<Locality> children(String parentCode, LocalDate date) {
        return jdbc.sql(SELECT + " WHERE parent_code = ? AND " + VALID_ON + " ORDER BY name_folded, code")
                .params(parentCode, date, date)
                .query(LocalityVersions::locality)
                .list();
    }

    List<Locality> search(SearchSql search) {
        return jdbc.sql(search.sql()).params(search.params()).query(LocalityVersions::locality).list();
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM localities").query(Long.class).single() == 0;
    }

    Map<String, OpenVersion> open() {
        return jdbc.sql("SELECT id, code, name, level, parent_code, valid_from FROM localities WHERE valid_to IS NULL")
                .query((rs, n) -> new OpenVersion(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        LocalityLevel.valueOf(rs.getString("level")), rs.getString("parent_code"),
                        rs.getObject("valid_from", LocalDate.class)))
                .list().stream()
                .collect(Collectors.toMap(OpenVersion::code, Function.identity()));
    }

    /** Codes with a closed version that is still valid on or after the date. */
    Set<String> codesValidOnOrAfter(LocalDate date) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT code FROM localities WHERE valid_to >= ?")
                .param(date).query(String.class).list());
    }

    void close(List<OpenVersion> versions, LocalDate lastDay) {
        batch.batchUpdate("UPDATE localities SET valid_to = ? WHERE id = ? AND valid_to IS NULL",
                versions.stream().map(v -> new Object[]{lastDay, v.id()}).toList());
    }

    void insert(List<UnitRow> rows, LocalDate validFrom, Instant importedAt) {
        // PostgreSQL keeps microseconds; truncating here makes what we store what we read back.
        OffsetDateTime at = importedAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        batch.batchUpdate("INSERT INTO localities (code, name, name_folded, level, parent_code, valid_from, imported_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows.stream().map(r -> new Object[]{r.code(), r.name(), VietnameseText.fold(r.name()), r.level().name(),
                        r.parentCode(), validFrom, at}).toList(), INSERT_TYPES);
    }

    /** Versions already ended: the units before a reform, valid from {@code validFrom} to {@code validTo}. */
    void insertClosed(List<UnitRow> rows, LocalDate validFrom, LocalDate validTo, Instant importedAt) {
        OffsetDateTime at = importedAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        RowBatches.insert(batch, "INSERT INTO localities (code, name, name_folded, level, parent_code, valid_from,"
                        + " valid_to, imported_at)", CLOSED_TYPES,
                rows.stream().map(r -> new Object[]{r.code(), r.name(), VietnameseText.fold(r.name()), r.level().name(),
                        r.parentCode(), validFrom, validTo, at}).toList());
    }

    private static Locality locality(ResultSet rs, int rowNum) throws SQLException {
        return new Locality(rs.getString("code"), rs.getString("name"), LocalityLevel.valueOf(rs.getString("level")),
                rs.getString("parent_code"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }
}

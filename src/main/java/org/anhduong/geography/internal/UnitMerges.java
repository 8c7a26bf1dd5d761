package org.anhduong.geography.internal;

import org.anhduong.geography.Localities.UnitMerge;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/** The mapping of the 1 July 2025 reform, {@code geography_unit_merges}, named with today's units where they exist. */
@Repository
class UnitMerges {

    /** One mapping line as loaded. */
    record Row(String newCode, String newName, String oldCode, String oldName, boolean partial) {
    }

    /** The current unit's name today when it still exists, otherwise the mapping's. */
    private static final String SELECT = """
            SELECT m.new_code, COALESCE(l.name, m.new_name) AS current_name, m.old_code, m.old_name, m.partial_merge
            FROM geography_unit_merges m
            LEFT JOIN localities l ON l.code = m.new_code AND l.valid_from <= ? AND (l.valid_to IS NULL OR l.valid_to >= ?)
            """;

    private static final int[] TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    UnitMerges(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM geography_unit_merges").query(Long.class).single() == 0;
    }

    void insert(List<Row> rows) {
        RowBatches.insert(batch, "INSERT INTO geography_unit_merges (new_code, new_name, old_code, old_name,"
                        + " partial_merge)", TYPES,
                rows.stream().map(r -> new Object[]{r.newCode(), r.newName(), r.oldCode(), r.oldName(), r.partial()})
                        .toList());
    }

    List<UnitMerge> predecessors(String currentCode, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE m.new_code = ? ORDER BY m.old_code").params(today, today, currentCode)
                .query(UnitMerges::merge).list();
    }

    List<UnitMerge> successors(String oldCode, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE m.old_code = ? ORDER BY m.new_code").params(today, today, oldCode)
                .query(UnitMerges::merge).list();
    }

    private static UnitMerge merge(ResultSet rs, int row) throws SQLException {
        return new UnitMerge(rs.getString("new_code"), rs.getString("current_name"), rs.getString("old_code"),
                rs.getString("old_name"), rs.getBoolean("partial_merge"));
    }
}

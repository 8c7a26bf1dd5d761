package org.anhduong.casework.internal;

import org.anhduong.casework.internal.DuplicateRule.Keys;
import org.anhduong.casework.internal.DuplicateRule.Match;
import org.anhduong.platform.crypto.BlindIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the cases of clients matching {@link DuplicateRule}'s keys, through the blind indexes only. */
@Repository
class Duplicates {

    private static final int LIMIT = 50;

    private final JdbcClient jdbc;
    private final BlindIndex index;

    Duplicates(JdbcClient jdbc, BlindIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    Keys keysOf(ValidClient client) {
        return new Keys(client.phones().stream().map(p -> index.of(CaseworkColumns.PHONE_INDEX, p)).toList(),
                client.details().idNumber() == null ? null : index.of(CaseworkColumns.ID_INDEX, client.details().idNumber()),
                client.foldedName() == null ? null : index.of(CaseworkColumns.NAME_INDEX, client.foldedName()),
                client.birthYear());
    }

    List<Match> matches(Keys keys) {
        if (!keys.any()) {
            return List.of();
        }
        List<String> subqueries = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!keys.phoneIndexes().isEmpty()) {
            subqueries.add("SELECT client_id FROM casework_client_phones WHERE phone_bidx IN (:phones)");
            params.put("phones", keys.phoneIndexes());
        }
        if (keys.idIndex() != null) {
            subqueries.add("SELECT id FROM casework_clients WHERE id_bidx = :idBidx");
            params.put("idBidx", keys.idIndex());
        }
        if (keys.byName()) {
            subqueries.add("SELECT id FROM casework_clients WHERE name_bidx = :nameBidx AND birth_year = :birthYear");
            params.put("nameBidx", keys.nameIndex());
            params.put("birthYear", keys.birthYear());
        }
        return jdbc.sql("""
                        SELECT k.id, k.survivor_code, c.organisation_id, c.assigned_worker_id, c.supervisor_id
                        FROM casework_cases c JOIN casework_clients k ON k.id = c.client_id
                        WHERE k.id IN (%s)
                        ORDER BY c.opened_at DESC FETCH FIRST %d ROWS ONLY""".formatted(String.join(" UNION ", subqueries), LIMIT))
                .params(params)
                .query(Duplicates::match)
                .list();
    }

    /** The cases of one client, to decide whether the user may open another case for her. */
    List<Match> casesOf(long clientId) {
        return jdbc.sql("""
                        SELECT k.id, k.survivor_code, c.organisation_id, c.assigned_worker_id, c.supervisor_id
                        FROM casework_cases c JOIN casework_clients k ON k.id = c.client_id
                        WHERE k.id = :client""")
                .param("client", clientId)
                .query(Duplicates::match)
                .list();
    }

    private static Match match(ResultSet rs, int row) throws SQLException {
        return new Match(rs.getLong("id"), rs.getString("survivor_code"), rs.getLong("organisation_id"),
                Cases.nullableLong(rs, "assigned_worker_id"), Cases.nullableLong(rs, "supervisor_id"));
    }
}

package org.anhduong.programme.internal;

import org.anhduong.programme.AgeGroup;
import org.anhduong.programme.ParticipantRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.Map;

/** Participants of an activity or a training by age group and role, where known. */
@Repository
class ParticipantGroups {

    static final String ACTIVITY = "ACTIVITY";
    static final String TRAINING = "TRAINING";
    private static final String AGE = "AGE";
    private static final String ROLE = "ROLE";

    private final JdbcClient jdbc;

    ParticipantGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(String type, long id, Map<AgeGroup, Integer> ages, Map<ParticipantRole, Integer> roles) {
        jdbc.sql("DELETE FROM programme_participant_groups WHERE record_type = :type AND record_id = :id")
                .param("type", type).param("id", id).update();
        ages.forEach((age, people) -> insert(type, id, AGE, age.name(), people));
        roles.forEach((role, people) -> insert(type, id, ROLE, role.name(), people));
    }

    Map<AgeGroup, Integer> ages(String type, long id) {
        Map<AgeGroup, Integer> ages = new EnumMap<>(AgeGroup.class);
        rows(type, id, AGE).forEach((category, people) -> ages.put(AgeGroup.valueOf(category), people));
        return ages;
    }

    Map<ParticipantRole, Integer> roles(String type, long id) {
        Map<ParticipantRole, Integer> roles = new EnumMap<>(ParticipantRole.class);
        rows(type, id, ROLE).forEach((category, people) -> roles.put(ParticipantRole.valueOf(category), people));
        return roles;
    }

    private Map<String, Integer> rows(String type, long id, String dimension) {
        Map<String, Integer> rows = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT category, people FROM programme_participant_groups
                        WHERE record_type = :type AND record_id = :id AND dimension = :dimension""")
                .param("type", type).param("id", id).param("dimension", dimension)
                .query((ResultSet rs) -> {
                    rows.put(rs.getString(1), rs.getInt(2));
                });
        return rows;
    }

    private void insert(String type, long id, String dimension, String category, int people) {
        jdbc.sql("""
                        INSERT INTO programme_participant_groups (record_type, record_id, dimension, category, people)
                        VALUES (:type, :id, :dimension, :category, :people)""")
                .param("type", type).param("id", id).param("dimension", dimension).param("category", category)
                .param("people", people).update();
    }
}

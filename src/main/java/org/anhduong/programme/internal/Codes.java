package org.anhduong.programme.internal;

import org.anhduong.programme.Code;
import org.anhduong.programme.CodeList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The extendable code lists. */
@Repository
class Codes {

    private final JdbcClient jdbc;

    Codes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Code> all(CodeList list) {
        return jdbc.sql("SELECT * FROM programme_codes WHERE list_name = :list ORDER BY name_vi, code")
                .param("list", list.name()).query((rs, row) -> new Code(list, rs.getString("code"),
                        rs.getString("name_vi"), rs.getString("name_en"), rs.getBoolean("active"),
                        rs.getBoolean("seeded"))).list();
    }

    Optional<Code> find(CodeList list, String code) {
        return all(list).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    boolean exists(CodeList list, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM programme_codes WHERE list_name = :list AND code = :code")
                .param("list", list.name()).param("code", code).query(Long.class).single() > 0;
    }

    void save(Code code) {
        int changed = jdbc.sql("""
                        UPDATE programme_codes SET name_vi = :vi, name_en = :en, active = :active
                        WHERE list_name = :list AND code = :code""")
                .param("vi", code.nameVi()).param("en", code.nameEn()).param("active", code.active())
                .param("list", code.list().name()).param("code", code.code()).update();
        if (changed == 0) {
            jdbc.sql("""
                            INSERT INTO programme_codes (list_name, code, name_vi, name_en, active, seeded)
                            VALUES (:list, :code, :vi, :en, :active, FALSE)""")
                    .param("vi", code.nameVi()).param("en", code.nameEn()).param("active", code.active())
                    .param("list", code.list().name()).param("code", code.code()).update();
        }
    }
}

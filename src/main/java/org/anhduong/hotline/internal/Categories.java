package org.anhduong.hotline.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The hotline_categories table. The tree is small (tens of rows), so it is read whole, per request. */
@Repository
class Categories {

    private final JdbcClient jdbc;

    Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CategoryTree tree() {
        return new CategoryTree(jdbc.sql("SELECT * FROM hotline_categories").query(Categories::map).list());
    }

    /** With its top-level ancestor, which never changes: a category's parent stays (figures count by it). */
    void insert(CategoryRow row) {
        jdbc.sql("""
                        INSERT INTO hotline_categories (code, parent_code, gbv, self_harm, name_vi, name_en, active, sort, version,
                                                        top_code)
                        VALUES (:code, :parent, :gbv, :selfHarm, :nameVi, :nameEn, :active, :sort, 0,
                                COALESCE((SELECT p.top_code FROM hotline_categories p WHERE p.code = :parent), :code))""")
                .param("code", row.code()).param("parent", row.parentCode())
                .param("gbv", row.gbv()).param("selfHarm", row.selfHarm())
                .param("nameVi", row.nameVi()).param("nameEn", row.nameEn())
                .param("active", row.active()).param("sort", row.sort())
                .update();
    }

    /** Changes names, marks, activity and order; false when the version is stale or the code unknown. */
    boolean update(CategoryRow row, int version) {
        return jdbc.sql("""
                        UPDATE hotline_categories SET gbv = :gbv, self_harm = :selfHarm, name_vi = :nameVi,
                               name_en = :nameEn, active = :active, sort = :sort, version = version + 1
                        WHERE code = :code AND version = :version""")
                .param("gbv", row.gbv()).param("selfHarm", row.selfHarm())
                .param("nameVi", row.nameVi()).param("nameEn", row.nameEn())
                .param("active", row.active()).param("sort", row.sort())
                .param("code", row.code()).param("version", version)
                .update() == 1;
    }

    private static CategoryRow map(ResultSet rs, int row) throws SQLException {
        return new CategoryRow(rs.getString("code"), rs.getString("parent_code"), rs.getBoolean("gbv"),
                rs.getBoolean("self_harm"), rs.getString("name_vi"), rs.getString("name_en"), rs.getBoolean("active"),
                rs.getInt("sort"), rs.getInt("version"));
    }
}

package org.anhduong.casework.internal;

import org.anhduong.casework.RiskLevel;
import org.anhduong.hotline.CallerCase;
import org.anhduong.hotline.CallerCaseLookup;
import org.anhduong.platform.crypto.BlindIndex;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.Ui;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * A caller's cases for the hotline's history panel: the cases of clients with this phone that the signed-in user is on
 * the team of, in one query through the phone's blind index. Counsellors, on no team, see none.
 */
@Component
class PhoneCases implements CallerCaseLookup {

    static final int LIMIT = 10;

    private final JdbcClient jdbc;
    private final BlindIndex index;

    PhoneCases(JdbcClient jdbc, BlindIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    @Override
    public List<CallerCase> casesOf(String phone) {
        UserPrincipal user = CurrentUser.get().filter(NeedToKnow::worksCases).orElse(null);
        if (user == null) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT c.case_number, c.status, c.opened_at, c.risk_level
                        FROM casework_client_phones p JOIN casework_cases c ON c.client_id = p.client_id
                        WHERE p.phone_bidx = :phone AND %s
                        ORDER BY c.opened_at DESC FETCH FIRST %d ROWS ONLY""".formatted(NeedToKnow.VISIBLE_SQL, LIMIT))
                .param("phone", index.of(CaseworkColumns.PHONE_INDEX, phone))
                .param("user", user.userId())
                .param("supervisor", user.hasRole(Roles.SUPERVISOR))
                .param("org", user.organisationId())
                .query((rs, row) -> new CallerCase(rs.getString("case_number"), rs.getString("status"),
                        LocalDate.ofInstant(rs.getTimestamp("opened_at").toInstant(), Ui.ZONE),
                        RiskLevel.valueOf(rs.getString("risk_level")) == RiskLevel.HIGH))
                .list();
    }
}

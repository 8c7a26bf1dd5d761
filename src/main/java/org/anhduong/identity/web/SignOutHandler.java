package org.anhduong.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.identity.internal.AccountDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

import java.io.IOException;

/** Audits the sign-out and shows the sign-in page again. */
class SignOutHandler implements LogoutSuccessHandler {

    private final AuditTrail audit;

    SignOutHandler(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
                                @Nullable Authentication authentication) throws IOException {
        if (authentication != null && authentication.getPrincipal() instanceof AccountDetails account) {
            audit.record(AuditEntry.success("logout", "user", account.userId()).by(account.userId(), account.username()));
        }
        response.sendRedirect(request.getContextPath() + "/login?logout");
    }
}

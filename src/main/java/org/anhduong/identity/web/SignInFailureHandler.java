package org.anhduong.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/** Back to the sign-in page with the reason as a fixed word; the typed username never goes into the URL. */
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = switch (exception) {
            case LockedException locked -> "locked";
            case DisabledException disabled -> "disabled";
            default -> "bad";
        };
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}

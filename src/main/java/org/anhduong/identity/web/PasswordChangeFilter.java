package org.anhduong.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anhduong.identity.internal.AccountDetails;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/** A user with a temporary password can do nothing but change it (or sign out). */
class PasswordChangeFilter extends OncePerRequestFilter {

    static final String PAGE = "/account/password";
    private static final List<String> ALLOWED = List.of(PAGE, "/logout", "/login", "/css/", "/js/", "/webjars/", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountDetails account && account.mustChangePassword()
                && ALLOWED.stream().noneMatch(request.getRequestURI()::startsWith)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}

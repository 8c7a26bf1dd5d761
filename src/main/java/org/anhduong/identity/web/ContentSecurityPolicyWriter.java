package org.anhduong.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/** A strict policy everywhere; the API documentation page alone may set inline styles (Swagger UI needs them). */
class ContentSecurityPolicyWriter implements HeaderWriter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String DOCS_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader("Content-Security-Policy")) {
            boolean docs = request.getRequestURI().startsWith("/swagger-ui");
            response.setHeader("Content-Security-Policy", docs ? DOCS_POLICY : POLICY);
        }
    }
}

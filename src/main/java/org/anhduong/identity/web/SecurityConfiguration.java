package org.anhduong.identity.web;

import org.anhduong.audit.AuditTrail;
import org.anhduong.identity.internal.AccountDetailsService;
import org.anhduong.identity.internal.TokenService;
import org.anhduong.platform.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.anhduong.platform.i18n.Languages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains: {@code POST /api/v1/tokens} (the only place HTTP Basic is accepted), the rest of the API
 * (bearer tokens, stateless, ProblemDetail 401/403 — never a redirect; only {@code POST /api/v1/telephony/events} is
 * open, as it checks a signature itself), and the screens (form sign-in, sessions in the
 * database, CSRF, strict Content-Security-Policy).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private final MessageSource messages;

    SecurityConfiguration(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * No observation of Spring Security's filters: management.observations.enable.spring.security=false only made the
     * observations no-ops, while the decorator still wrapped each filter of every request (about 2 % of an API
     * request's CPU). The HTTP server observation (http.server.requests) is not affected.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder encoder,
                                                ApplicationEventPublisher events) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    @ConditionalOnWebApplication
    @Order(1)
    SecurityFilterChain tokenIssuing(HttpSecurity http, AuthenticationManager manager) throws Exception {
        return api(http, manager)
                .securityMatcher(request -> "/api/v1/tokens".equals(request.getRequestURI())
                        && HttpMethod.POST.matches(request.getMethod()))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .build();
    }

    @Bean
    @ConditionalOnWebApplication
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager, TokenService tokens) throws Exception {
        RequestMatcher apiRequests = request -> request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().equals("/actuator/prometheus");
        return api(http, manager)
                .securityMatcher(apiRequests)
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized()), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/prometheus").hasRole("ADMINISTRATOR")
                        // A PBX has no user: the hotline checks each event's HMAC signature (docs/telephony.md).
                        .requestMatchers(HttpMethod.POST, "/api/v1/telephony/events").permitAll()
                        .anyRequest().authenticated())
                .build();
    }

    private HttpSecurity api(HttpSecurity http, AuthenticationManager manager) throws Exception {
        return http.authenticationManager(manager)
                .csrf(csrf -> csrf.disable()) // no cookies are accepted on the API, so there is nothing to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .headers(headers -> headers.addHeaderWriter(new ContentSecurityPolicyWriter()));
    }

    @Bean
    @ConditionalOnWebApplication
    @Order(3)
    SecurityFilterChain screens(HttpSecurity http, AuthenticationManager manager, AuditTrail audit) throws Exception {
        return http.authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/account/password").authenticated()
                        .requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(new SignInFailureHandler()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(new SignOutHandler(audit))
                        .deleteCookies("ANHDUONG_SESSION"))
                .addFilterAfter(new PasswordChangeFilter(), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(unauthorized(),
                        request -> "true".equals(request.getHeader("HX-Request"))))
                .headers(headers -> headers
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"))
                        .addHeaderWriter(new ContentSecurityPolicyWriter()))
                .build();
    }

    private AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", request.getRequestURI().equals("/api/v1/tokens")
                    ? "Basic realm=\"anhduong\"" : "Bearer realm=\"anhduong\"");
            Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", text(request, "error.unauthenticated"));
        };
    }

    private AccessDeniedHandler forbidden() {
        return (request, response, e) -> Problems.write(response, HttpStatus.FORBIDDEN, "forbidden",
                text(request, "error.forbidden"));
    }

    /** Filters answer before Spring MVC resolves the locale, so the language comes from Accept-Language here. */
    private String text(jakarta.servlet.http.HttpServletRequest request, String key) {
        return messages.getMessage(key, null, key, Languages.of(request));
    }
}

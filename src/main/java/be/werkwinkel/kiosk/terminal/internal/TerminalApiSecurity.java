package be.werkwinkel.kiosk.terminal.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The terminal API's own filter chain (LIBRARIES.md, "Traps"): only {@code /api/terminal/**}
 * (securityMatcher), ordered before the staff console's and the kiosk's chains, stateless (no
 * session, no cookie), no CSRF (no browser, no cookie to ride on), authenticated by the bearer
 * token alone. Enrollment is the one call without a token: the one-time code is its credential.
 * Async dispatches (a long-poll that completes) and error dispatches pass: the request was
 * authorized when it came in.
 */
final class TerminalApiSecurity {

    static final String PATHS = TerminalApiController.BASE + "/**";
    /** Before system.security's machine chain for all other API paths (order 1) and its Vaadin chain (order 2). */
    static final int ORDER = 0;

    private TerminalApiSecurity() {
    }

    static SecurityFilterChain chain(HttpSecurity http, TerminalRegistry registry) throws Exception {
        http.securityMatcher("/api/terminal/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.POST, TerminalApiController.BASE + "/enroll").permitAll()
                        .anyRequest().hasRole(TerminalTokenFilter.ROLE))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) -> problem(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                "This call needs the terminal’s own token (Authorization: Bearer …); "
                                        + "it is missing, unknown or revoked."))
                        .accessDeniedHandler((request, response, failure) -> problem(response,
                                HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Only terminals may call this.")))
                .addFilterBefore(new TerminalTokenFilter(registry, contextHolder(http)), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The holder of the security context that this chain's own filters use, chosen as Spring
     * Security's configurers choose it (the one {@link SecurityContextHolderStrategy} bean, such
     * as Vaadin's, or the global one at configuration time). The static {@code SecurityContextHolder}
     * may later hold another (Spring Security's test support swaps it), and a token recognised
     * there would go unseen by the authorization filter.
     */
    private static SecurityContextHolderStrategy contextHolder(HttpSecurity http) {
        var context = http.getSharedObject(ApplicationContext.class);
        return context == null ? SecurityContextHolder.getContextHolderStrategy()
                : context.getBeanProvider(SecurityContextHolderStrategy.class)
                        .getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"terminal\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}

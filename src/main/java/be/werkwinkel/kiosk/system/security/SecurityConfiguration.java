package be.werkwinkel.kiosk.system.security;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.StaffScreens;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two chains (decision 027).
 *
 * <p>Machine endpoints first, matched by path: they carry their own proof (the loopback token of
 * {@code LocalAdminAccess}, later a terminal's bearer token) and must never meet a login page, a
 * session or Spring's CSRF token, which a command-line client cannot have. Without the matcher the
 * first chain would swallow every request.
 *
 * <p>Then Vaadin's chain for everything else. Kiosk screens are {@code @AnonymousAllowed}; the
 * staff console under {@code /admin} needs a staff login, which Vaadin checks per view
 * ({@code @RolesAllowed}) and this chain checks again per request, so that no page of it is served
 * to an anonymous browser even if a view forgot its annotation. Any other address is permitted
 * (Vaadin would deny it): a visitor who mistypes an address gets the kiosk's "not found" screen,
 * never the staff login. {@code /error} is permitted so that an API's 404 stays a 404.
 *
 * <p>Security headers are written by {@code system.web.SecurityHeadersFilter} for every answer of
 * both chains (and for requests no chain matches); Spring Security's own header writers are off
 * so that the two never disagree.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /**
     * Paths that machines call; each endpoint checks its own credential. The terminal API under
     * /api/terminal has a chain of its own, ordered before this one.
     */
    static final String[] MACHINE_PATHS = {"/api/**", "/local-admin/**"};

    static final String LOGIN_PATH = "/" + StaffScreens.PATH + "/login";

    @Bean
    @Order(1)
    SecurityFilterChain machineEndpoints(HttpSecurity http) throws Exception {
        return http.securityMatcher(MACHINE_PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(context -> context.requireExplicitSave(true))
                .headers(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain screens(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/error").permitAll()
                .requestMatchers(LOGIN_PATH).permitAll()
                .requestMatchers("/" + StaffScreens.PATH, "/" + StaffScreens.PATH + "/**").authenticated());
        http.headers(AbstractHttpConfigurer::disable);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LOGIN_PATH, LOGIN_PATH)
                .defaultSuccessUrl("/" + StaffScreens.PATH)
                .anyRequest(any -> any.permitAll()));
        return http.build();
    }

    /**
     * A terminal has no database and so no staff accounts: its console refuses everyone, instead
     * of Spring Boot inventing a user with a generated password.
     */
    @Bean
    @ConditionalOnRole(KioskRole.TERMINAL)
    AuthenticationProvider noStaffOnTerminal() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                throw new DisabledException("The staff console runs on the hub, not on a terminal.");
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
    }
}

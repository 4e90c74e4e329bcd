package be.werkwinkel.kiosk.system.security;

import be.werkwinkel.kiosk.base.StaffScreens;
import be.werkwinkel.kiosk.system.MetricsSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's own filter chain (decision 036), ordered before the Vaadin chain and matching
 * only the actuator's endpoints. Health is open to anyone, without details (those need a role,
 * {@code management.endpoint.health.show-details=when-authorized}); every other endpoint
 * (metrics, prometheus, info) needs either an administrator signed in to the staff console (their
 * session is read, never made here) or the monitoring credential of {@code kiosk.metrics.*} by
 * HTTP basic. A visitor's kiosk session and a staff member without the ADMIN role are refused.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ActuatorSecurity {

    /** After the terminal API (0) and beside the machine chain (1): the matchers do not overlap. */
    static final int ORDER = 1;

    @Bean
    @Order(ORDER)
    SecurityFilterChain actuatorEndpoints(HttpSecurity http, MetricsSettings settings) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasAnyRole(StaffScreens.ADMIN, MetricsCredentialAuthentication.ROLE))
                .authenticationManager(new ProviderManager(new MetricsCredentialAuthentication(settings)))
                .httpBasic(basic -> basic.realmName("werkwinkel-metrics"))
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(AbstractHttpConfigurer::disable)
                .build();
    }
}

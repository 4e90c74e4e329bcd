package be.werkwinkel.kiosk.admin.staff;

import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.base.AddressThrottle;
import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.StaffAudit;
import be.werkwinkel.kiosk.base.StaffScreens;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The staff sign-in behind Spring Security's form login. Being the only
 * {@link AuthenticationProvider}, it also keeps Spring Boot from inventing a user with a generated
 * password: there is no default account anywhere (decision 027).
 *
 * <p>Every refusal is the same {@link BadCredentialsException}, so the sign-in screen never tells
 * whether a username exists, is paused or is disabled. Besides the pause per account, refusals are
 * counted per client address (an IPv6 /64): one that tries too many wrong passwords, over any
 * usernames, is refused without a check for a while (decision 038).
 *
 * <p>An administrator gets both roles, so that a screen for all staff needs only
 * {@link StaffScreens#STAFF}. A signed-in staff session ends after
 * {@code kiosk.staff.session-timeout} without use, not after the kiosk's short visitor timeout.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Component
class StaffAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(StaffAuthentication.class);

    private final StaffAccountService accounts;
    private final StaffSettings settings;
    private final StaffAudit audit;
    private final AddressThrottle addresses;

    StaffAuthentication(StaffAccountService accounts, StaffSettings settings, SignInThrottleSettings throttle,
            StaffAudit audit, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
        this.addresses = new AddressThrottle(throttle.maxFailures(), throttle.period(), clock);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var address = clientAddress(authentication);
        if (address != null) {
            var paused = addresses.pausedUntil(address);
            if (paused.isPresent()) {
                // not even looked at: the same answer as a wrong password, without the cost of checking one
                audit.record("-", "SIGN_IN", null, StaffAudit.Result.REFUSED,
                        "too many wrong sign-ins from this computer's address; paused until " + paused.get());
                throw new BadCredentialsException("Not accepted");
            }
        }
        var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        var outcome = accounts.signIn(authentication.getName(), password);
        if (!(outcome instanceof StaffAccountService.SignIn.Accepted(var principal))) {
            if (address != null && addresses.failed(address)) {
                log.warn("Staff sign-in slowed down for address {}: too many wrong sign-ins", address);
            }
            throw new BadCredentialsException("Not accepted");
        }
        var authorities = principal.role() == Role.ADMIN
                ? List.of(new SimpleGrantedAuthority("ROLE_" + StaffScreens.ADMIN),
                        new SimpleGrantedAuthority("ROLE_" + StaffScreens.STAFF))
                : List.of(new SimpleGrantedAuthority("ROLE_" + StaffScreens.STAFF));
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            var session = request.getRequest().getSession(false);
            if (session != null) {
                session.setMaxInactiveInterval((int) settings.sessionTimeout().toSeconds());
            }
        }
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    /**
     * The client's address as the form login saw it: the servlet container's remote address, which
     * is the {@code X-Forwarded-For} client only when {@code server.forward-headers-strategy} says to
     * trust the proxy (README, "A hub behind a reverse proxy"). Null outside a web request.
     */
    private static @Nullable String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

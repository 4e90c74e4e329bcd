package be.werkwinkel.kiosk.admin.staff;

import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.StaffScreens;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The staff sign-in behind Spring Security's form login. Being the only
 * {@link AuthenticationProvider}, it also keeps Spring Boot from inventing a user with a generated
 * password: there is no default account anywhere (decision 027).
 *
 * <p>Every refusal is the same {@link BadCredentialsException}, so the sign-in screen never tells
 * whether a username exists, is paused or is disabled. An administrator gets both roles, so that
 * a screen for all staff needs only {@link StaffScreens#STAFF}. A signed-in staff session ends
 * after {@code kiosk.staff.session-timeout} without use, not after the kiosk's short visitor timeout.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Component
class StaffAuthentication implements AuthenticationProvider {

    private final StaffAccountService accounts;
    private final StaffSettings settings;

    StaffAuthentication(StaffAccountService accounts, StaffSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        var outcome = accounts.signIn(authentication.getName(), password);
        if (!(outcome instanceof StaffAccountService.SignIn.Accepted(var principal))) {
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

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

package be.werkwinkel.kiosk.support;

import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.admin.staff.StaffPrincipal;
import be.werkwinkel.kiosk.base.StaffScreens;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * A test (method or class) run as a signed-in staff member, with the principal and roles that the
 * real sign-in gives ({@code StaffAuthentication}): an administrator holds ADMIN and STAFF.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@WithSecurityContext(factory = WithStaff.Factory.class)
public @interface WithStaff {

    String username() default "anna";

    String name() default "Anna Peeters";

    Role role() default Role.STAFF;

    final class Factory implements WithSecurityContextFactory<WithStaff> {
        @Override
        public SecurityContext createSecurityContext(WithStaff staff) {
            var roles = staff.role() == Role.ADMIN ? List.of(StaffScreens.ADMIN, StaffScreens.STAFF)
                    : List.of(StaffScreens.STAFF);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    new StaffPrincipal(staff.username(), staff.name(), staff.role()), null,
                    roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
            return context;
        }
    }
}

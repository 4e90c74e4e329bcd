package be.werkwinkel.kiosk.admin.staff;

import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import java.io.Serializable;
import java.security.Principal;
import org.springframework.security.core.AuthenticatedPrincipal;

/** The signed-in staff member: {@link #getName()} is the username that the audit log records. */
public record StaffPrincipal(String username, String displayName, Role role)
        implements Principal, AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return username;
    }
}

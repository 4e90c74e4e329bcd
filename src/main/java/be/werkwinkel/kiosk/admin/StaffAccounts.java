package be.werkwinkel.kiosk.admin;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Staff accounts of the admin console. Every change names the staff member who made it and is
 * written to the audit log; every change is checked here (the screens check too, for the message
 * next to the field), so bad input changes nothing whoever sends it.
 */
public interface StaffAccounts {

    /** What a staff member may do: see {@link be.werkwinkel.kiosk.base.StaffScreens}. */
    enum Role {
        ADMIN, STAFF
    }

    record StaffAccount(long id, String username, String displayName, Role role, boolean enabled,
            @Nullable Instant pausedUntil, @Nullable Instant lastSignInAt) {
    }

    /** Every account, by username. */
    List<StaffAccount> all();

    /**
     * Creates an account.
     *
     * @throws StaffAccountProblem when a value is not acceptable or the username is taken
     */
    StaffAccount create(String actor, String username, String displayName, Role role, String password);

    /**
     * Changes name, role and whether the account may sign in; a pause after wrong passwords is
     * lifted when an account is enabled again.
     *
     * @throws StaffAccountProblem when the last enabled administrator would be lost, or a value is not acceptable
     */
    StaffAccount update(String actor, long id, String displayName, Role role, boolean enabled);

    /** Sets a new password chosen by an administrator, and lifts a pause. */
    void resetPassword(String actor, long id, String password);

    /** Whether any enabled administrator exists; without one, only {@link #createFirstAdmin} helps. */
    boolean hasAdmin();

    /**
     * The first administrator, made once from the command line on the kiosk PC or hub (there is no
     * default password). Refused with {@link StaffAccountProblem.Reason#ADMIN_EXISTS} once an
     * administrator exists.
     */
    StaffAccount createFirstAdmin(String username, String displayName, String password);

    /** What the command line says once the first administrator exists. */
    static String firstAdminCreatedMessage(String username) {
        return "Administrator '" + username + "' created. Sign in at /admin/login and make the other staff accounts"
                + " there.\n";
    }
}

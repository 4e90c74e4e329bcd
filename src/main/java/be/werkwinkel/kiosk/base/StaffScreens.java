package be.werkwinkel.kiosk.base;

import com.vaadin.flow.router.Location;

/**
 * Where the staff console lives. Everything under {@value #PATH} is a staff screen with a layout
 * of its own; every other route is a kiosk screen with the visitor shell (idle watch, lockdown,
 * Dutch by default, visitor-session tracking and wipe).
 *
 * <p>A staff screen of any module is a route under {@code admin/} with {@code @RolesAllowed}:
 * {@link #STAFF} for what every staff member may do (terminals, agenda, visitor PIN reset),
 * {@link #ADMIN} for what only administrators may do. An administrator holds both roles, so
 * {@code @RolesAllowed(StaffScreens.STAFF)} lets every signed-in staff member in. The admin
 * console's layout picks such a route up by itself ({@code @Layout("/admin")}) and lists it in its
 * navigation when it carries {@code @Menu}; the staff member's username comes from Vaadin's
 * {@code AuthenticationContext}.
 */
public final class StaffScreens {

    /** The first path segment of every staff screen. */
    public static final String PATH = "admin";

    /** The role of an administrator: everything, staff accounts and the audit log included. */
    public static final String ADMIN = "ADMIN";

    /** The role of every staff member (administrators hold it too). */
    public static final String STAFF = "STAFF";

    private StaffScreens() {
    }

    /** Whether this location is a staff screen. */
    public static boolean isStaff(Location location) {
        return PATH.equals(location.getFirstSegment());
    }
}

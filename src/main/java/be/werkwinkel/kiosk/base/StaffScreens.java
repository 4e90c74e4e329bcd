package be.werkwinkel.kiosk.base;

import com.vaadin.flow.router.Location;

/**
 * Where the staff console lives. Everything under {@value #PATH} is a staff screen with a layout
 * of its own; every other route is a kiosk screen with the visitor shell (idle watch, lockdown,
 * Dutch by default, visitor-session tracking and wipe).
 */
public final class StaffScreens {

    /** The first path segment of every staff screen. */
    public static final String PATH = "admin";

    private StaffScreens() {
    }

    /** Whether this location is a staff screen. */
    public static boolean isStaff(Location location) {
        return PATH.equals(location.getFirstSegment());
    }
}

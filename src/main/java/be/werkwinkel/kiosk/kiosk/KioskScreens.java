package be.werkwinkel.kiosk.kiosk;

import java.util.Optional;

/**
 * What staff can put over every open kiosk screen of this process: a lock ("Buiten gebruik" plus a
 * message, full screen, no interaction) and an announcement banner. Both reach every open kiosk
 * page through server push at once, and every page opened later starts with them; staff screens
 * under {@code /admin} get neither. The state lives in this process only: whoever decides it (the
 * terminal module, from its registry) sets it again after a restart.
 */
public interface KioskScreens {

    /** Locks every kiosk screen with this message under the translated "out of order" heading. */
    void lock(String message);

    /** Takes the lock away; the screens under it are usable again as they were. */
    void unlock();

    /** The message of the lock that is shown now, if any. */
    Optional<String> lockMessage();

    /** Shows this banner above every kiosk screen; a blank text takes the banner away. */
    void announce(String text);

    /** The banner shown now, if any. */
    Optional<String> announcement();
}

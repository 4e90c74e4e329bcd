package be.werkwinkel.kiosk.kiosk;

import java.util.Optional;

/**
 * What staff can put over every open kiosk screen of this process: a lock ("Buiten gebruik" plus a
 * message, full screen, no interaction), an announcement banner, and the configuration the screens
 * follow ({@link KioskSetup}: idle timeout, languages, features, printing, help texts). Each reaches
 * every open kiosk page through server push at once, and every page opened later starts with it;
 * staff screens under {@code /admin} get none of it. The state lives in this process only: whoever
 * decides it (the terminal module, from its registry) sets it again after a restart; until then
 * the screens follow {@link #defaultSetup()}.
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

    /** The configuration the kiosk screens follow now: {@link #defaultSetup()} until {@link #configure} is called. */
    KioskSetup setup();

    /** The configuration from this process's application properties: what a kiosk nobody configured does. */
    KioskSetup defaultSetup();

    /**
     * Makes every kiosk screen follow this configuration: the open ones at once (a visitor on a
     * screen of a feature that is now off is taken home; one in a language no longer offered
     * continues in Dutch), and every one opened later.
     */
    void configure(KioskSetup setup);
}

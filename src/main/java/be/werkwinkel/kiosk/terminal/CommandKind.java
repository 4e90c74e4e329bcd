package be.werkwinkel.kiosk.terminal;

/** What staff can tell a terminal to do. */
public enum CommandKind {
    /** End the visitor's session now, with the complete wipe. */
    RESET_SESSION,
    /** Show "out of order" with the command's text over the whole screen; no interaction. */
    LOCK,
    /** Take the lock away. */
    UNLOCK,
    /** Fetch and apply the terminal's configuration again. */
    RELOAD_CONFIGURATION,
    /** Show the command's text as a banner on every screen; an empty text removes it. */
    ANNOUNCE,
    /** Restart the application (the service manager starts it again). */
    RESTART;

    /** Whether the command needs a text (the lock's message, the announcement). */
    public boolean takesText() {
        return this == LOCK || this == ANNOUNCE;
    }
}

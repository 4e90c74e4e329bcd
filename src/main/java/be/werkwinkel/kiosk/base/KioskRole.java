package be.werkwinkel.kiosk.base;

/**
 * Which part of the system this process plays (DESIGN.md, "Roles of the one application").
 * Only {@link #STANDALONE} is wired in this version; the others are named so configuration files
 * can already say what a machine will become.
 */
public enum KioskRole {
    /** Everything in one process: kiosk UI, embedded database, index and demo data. */
    STANDALONE,
    /** A regional server holding the database, storage and the terminal API. */
    HUB,
    /** A self-service PC that talks to a hub and keeps working offline. */
    TERMINAL
}

package be.werkwinkel.kiosk.base;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Which part of the system this process plays (DESIGN.md, "Roles of the one application"). What
 * is wired depends on it ({@link ConditionalOnRole}); only {@link #STANDALONE} can be run on its
 * own in this version, the others are wired and tested as far as their features exist.
 */
public enum KioskRole {
    /** Everything in one process: kiosk UI, embedded database, index and demo data. */
    STANDALONE,
    /** A regional server holding the database, storage, ingest, the master index and the terminal API. */
    HUB,
    /** A self-service PC that talks to a hub and keeps working offline; it has no database. */
    TERMINAL;

    /** The property that names the role. */
    public static final String PROPERTY = "kiosk.role";

    /** The role the environment names, standalone when it names none (relaxed binding, any case). */
    public static KioskRole of(Environment environment) {
        return Binder.get(environment).bind(PROPERTY, KioskRole.class).orElse(STANDALONE);
    }
}

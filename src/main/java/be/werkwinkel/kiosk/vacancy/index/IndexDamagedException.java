package be.werkwinkel.kiosk.vacancy.index;

/**
 * A read found the index damaged (or being recovered from damage): {@link VacancyIndex#recover}
 * and rebuild it from the database.
 */
public final class IndexDamagedException extends RuntimeException {

    IndexDamagedException(Throwable cause) {
        super("The vacancy index is damaged: " + cause, cause);
    }
}

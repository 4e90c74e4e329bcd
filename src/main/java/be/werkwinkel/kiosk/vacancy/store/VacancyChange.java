package be.werkwinkel.kiosk.vacancy.store;

import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;

/** One entry of the vacancies' change log (see {@link VacancyStore#changesSince}). */
public sealed interface VacancyChange {

    /** Unique, and higher for every later change. */
    long revision();

    /** A vacancy added or changed; {@code vacancy} is its content now. */
    record Upserted(long revision, Vacancy vacancy) implements VacancyChange {
    }

    /** A vacancy removed (expired, withdrawn, missing from a complete feed, or its source removed). */
    record Removed(long revision, VacancyId id, String source, String identifier) implements VacancyChange {
    }
}

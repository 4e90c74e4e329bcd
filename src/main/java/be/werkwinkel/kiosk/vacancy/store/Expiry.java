package be.werkwinkel.kiosk.vacancy.store;

import be.werkwinkel.kiosk.vacancy.VacancyId;
import java.util.List;

/**
 * The vacancies that {@link VacancyStore#expire} removed, and the vacancy table's version after
 * it (unchanged when nothing had expired).
 */
public record Expiry(List<VacancyId> removed, long sequence) {

    public Expiry {
        removed = List.copyOf(removed);
    }
}

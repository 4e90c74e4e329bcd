package be.werkwinkel.kiosk.appointment;

import java.util.Objects;

/**
 * The vacancy an appointment is about ("Afspraak maken over deze vacature"), as the vacancy module
 * names it; kept as text so that the appointment outlives the vacancy.
 *
 * @param vacancyId the vacancy's id as the {@code vacancy} module writes it ({@code VacancyId.value()})
 * @param title its title, shown to the consultant
 */
public record AttachedVacancy(String vacancyId, String title) {

    public AttachedVacancy {
        vacancyId = Objects.requireNonNull(vacancyId, "vacancyId").strip();
        title = Objects.requireNonNull(title, "title").strip();
    }
}

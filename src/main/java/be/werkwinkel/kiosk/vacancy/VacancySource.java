package be.werkwinkel.kiosk.vacancy;

/**
 * Where a terminal's vacancy replica comes from (the hub), as far as the screens need to know:
 * whether it can be reached now. Implemented by the terminal side ({@code sync}); absent in
 * standalone and on a hub, where the vacancies are kept locally and the screens say nothing of it.
 */
public interface VacancySource {

    /** False when the last attempt to reach the hub failed: the screen says the data may be older. */
    boolean reachable();
}

package be.werkwinkel.kiosk.kiosk;

import java.util.Optional;

/**
 * A line a feature wants in the footer of every screen, such as "these vacancies are demo data".
 * Implementations are Spring beans; the shell shows each key's translation in the visitor's
 * language.
 */
public interface FooterNotice {

    /** The translation key of the notice, or empty when there is nothing to say right now. */
    Optional<String> translationKey();
}

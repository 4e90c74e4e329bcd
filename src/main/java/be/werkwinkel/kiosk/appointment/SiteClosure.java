package be.werkwinkel.kiosk.appointment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days a site is closed (works, a local holiday, a staff day), first and last day included. Belgian
 * public holidays need no closure: they are closed everywhere.
 *
 * @param reason shown to staff; may be empty
 */
public record SiteClosure(ClosureId id, SiteId site, LocalDate from, LocalDate until, String reason) {

    public SiteClosure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        reason = Objects.requireNonNull(reason, "reason").strip();
    }
}

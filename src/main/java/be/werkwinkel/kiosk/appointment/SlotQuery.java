package be.werkwinkel.kiosk.appointment;

import java.util.Objects;

/** Which free slots the visitor looks for: what for, where, and with whom. */
public record SlotQuery(AppointmentTypeId type, SiteId site, ConsultantChoice consultant) {

    public SlotQuery {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(consultant, "consultant");
    }

    public static SlotQuery anyone(AppointmentTypeId type, SiteId site) {
        return new SlotQuery(type, site, new ConsultantChoice.Anyone());
    }
}

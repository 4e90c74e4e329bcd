package be.werkwinkel.kiosk.appointment;

import java.time.Duration;
import java.util.Objects;

/**
 * What a visitor comes for, e.g. "register as a jobseeker" or "help with my CV".
 *
 * @param id the type's identity
 * @param details what staff enter about it
 */
public record AppointmentType(AppointmentTypeId id, AppointmentTypeDetails details) {

    public AppointmentType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
    }

    public LocalizedText name() {
        return details.name();
    }

    public Duration duration() {
        return details.duration();
    }

    public LocalizedText whatToBring() {
        return details.whatToBring();
    }

    public boolean active() {
        return details.active();
    }

    /**
     * What staff enter about an appointment type; checked on save.
     *
     * @param code a short, stable name for configuration and pictograms, e.g. {@code register},
     *     {@code cv}; lower-case letters, digits and dashes, unique
     * @param name shown to the visitor; Dutch required
     * @param description one plain sentence under the name; may be empty
     * @param duration 5 minutes to 4 hours, a multiple of 5 minutes
     * @param buffer time the consultant keeps free after it (notes, the next visitor), 0 to 1 hour,
     *     a multiple of 5 minutes; not shown to the visitor
     * @param whatToBring printed on the ticket ("your identity card"); may be empty
     * @param icon the name of a pictogram (a Vaadin icon name such as {@code vaadin:file-text-o})
     * @param sortOrder lower first on the "what for" screen
     * @param active an inactive type is offered to nobody; its appointments stay
     */
    public record AppointmentTypeDetails(String code, LocalizedText name, LocalizedText description,
            Duration duration, Duration buffer, LocalizedText whatToBring, String icon, int sortOrder,
            boolean active) {

        public AppointmentTypeDetails {
            code = Objects.requireNonNull(code, "code").strip();
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(buffer, "buffer");
            Objects.requireNonNull(whatToBring, "whatToBring");
            icon = Objects.requireNonNull(icon, "icon").strip();
        }
    }
}

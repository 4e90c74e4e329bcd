package be.werkwinkel.kiosk.appointment;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A consultant as staff manage them. Visitors only ever see a {@link ConsultantProfile}.
 *
 * @param id the consultant's identity
 * @param details what staff enter about them
 */
public record Consultant(ConsultantId id, ConsultantDetails details) {

    public Consultant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
    }

    public String name() {
        return details.name();
    }

    public ConsultantProfile profile() {
        return new ConsultantProfile(id, details.name(), details.languages());
    }

    /**
     * What staff enter about a consultant; checked on save.
     *
     * @param name as the visitor sees it, usually a first name ("Sofie"); 1 to 60 characters
     * @param languages languages spoken, as ISO 639-1 codes ({@code nl}, {@code fr}, {@code en},
     *     {@code ar}, {@code tr}, ...); at least one
     * @param sites where they work (their plans must be at these sites)
     * @param types what they can do
     * @param staffUsername the staff account that is this consultant (the {@code admin} module's
     *     staff login), or null; only that account may open documents shared for their appointments
     *     and unique among consultants
     * @param active an inactive consultant is offered to nobody; their appointments stay
     */
    public record ConsultantDetails(String name, Set<String> languages, Set<SiteId> sites,
            Set<AppointmentTypeId> types, @Nullable String staffUsername, boolean active) {

        public ConsultantDetails {
            name = Objects.requireNonNull(name, "name").strip();
            languages = Set.copyOf(new TreeSet<>(languages.stream().map(code -> code.strip().toLowerCase(java.util.Locale.ROOT)).toList()));
            sites = Set.copyOf(sites);
            types = Set.copyOf(types);
            staffUsername = staffUsername == null || staffUsername.isBlank() ? null : staffUsername.strip();
        }
    }
}

package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.AppointmentTypeId;
import be.werkwinkel.kiosk.appointment.AttachedVacancy;
import be.werkwinkel.kiosk.appointment.BookingRequest;
import be.werkwinkel.kiosk.appointment.ConsultantChoice;
import be.werkwinkel.kiosk.appointment.ConsultantId;
import be.werkwinkel.kiosk.appointment.SiteId;
import be.werkwinkel.kiosk.base.KioskLanguage;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A booking as a terminal sends it (docs/terminal-api.yaml, {@code BookingBody}): in a booking call,
 * and sealed in an {@code appointment.booking} outbox entry, then with the {@code reference} the
 * visitor was given. Every field is checked here; what does not parse is an {@link
 * IllegalArgumentException} (a 400, or a refused entry), and changes nothing.
 */
record TerminalBookingWire(@Nullable String type, @Nullable String site, @Nullable String start,
        @Nullable String consultant, @Nullable String contactName, @Nullable String phone, @Nullable String email,
        @Nullable Integer birthYear, @Nullable String vacancyId, @Nullable String vacancyTitle,
        @Nullable String language, @Nullable String reference) {

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");

    /** The request, made on behalf of {@code terminal} (the authenticated one, never what the body says). */
    BookingRequest toRequest(String terminal) {
        var vacancy = vacancyId == null || vacancyId.isBlank() ? null
                : new AttachedVacancy(limit(vacancyId, 200, "vacancyId"), limit(vacancyTitle == null ? "" : vacancyTitle, 300,
                        "vacancyTitle"));
        return new BookingRequest(
                AppointmentTypeId.parse(required(type, "type")).orElseThrow(() -> invalid("type")),
                SiteId.parse(required(site, "site")).orElseThrow(() -> invalid("site")),
                startTime(start),
                choice(consultant),
                limit(required(contactName, "contactName"), 200, "contactName"),
                phone == null ? null : limit(phone, 40, "phone"),
                email == null ? null : limit(email, 254, "email"),
                birthYear,
                null, // a storage account: not through the terminal API (decision 044)
                vacancy,
                KioskLanguage.byCode(required(language, "language")).orElseThrow(() -> invalid("language")),
                terminal);
    }

    static java.time.ZonedDateTime startTime(@Nullable String text) {
        try {
            return OffsetDateTime.parse(required(text, "start")).toZonedDateTime();
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid("start");
        }
    }

    /** {@code anyone}, {@code consultant:<id>} or {@code speaking:<ISO 639-1 code>}; absent is anyone. */
    static ConsultantChoice choice(@Nullable String text) {
        if (text == null || text.isBlank() || text.equals("anyone")) {
            return ConsultantChoice.anyone();
        }
        if (text.startsWith("consultant:")) {
            return new ConsultantChoice.Chosen(ConsultantId.parse(text.substring("consultant:".length()))
                    .orElseThrow(() -> invalid("consultant")));
        }
        if (text.startsWith("speaking:") && LANGUAGE_CODE.matcher(text.substring("speaking:".length())).matches()) {
            return new ConsultantChoice.Speaking(text.substring("speaking:".length()));
        }
        throw invalid("consultant");
    }

    private static String required(@Nullable String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    private static String limit(String value, int max, String field) {
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return value;
    }

    private static IllegalArgumentException invalid(String field) {
        return new IllegalArgumentException(field + " is not valid");
    }
}

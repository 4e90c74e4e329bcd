package be.werkwinkel.kiosk.appointment;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.storage.AccountId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the visitor confirms on the "confirm" screen.
 *
 * @param type what for
 * @param site where
 * @param start the start of the chosen {@link FreeSlot}
 * @param consultant with whom: {@link ConsultantChoice.Anyone} takes whoever is free at that time
 * @param contactName the visitor's name as they typed it, 1 to 100 characters
 * @param phone optional; a Belgian or international number (digits, spaces, +, /, ., -; 8 to 15
 *     digits). Its last four digits can serve as the second factor
 * @param email optional; the confirmation and the reminder go there, with a calendar file
 * @param birthYear optional; the second factor when there is no phone number
 * @param account the signed-in visitor's storage account, or null
 * @param vacancy the vacancy the appointment is about, or null
 * @param language the visitor's language: the confirmation, reminder and ticket use it
 * @param terminal the terminal (or visitor session) the request comes from, for rate limits and
 *     the record
 */
public record BookingRequest(AppointmentTypeId type, SiteId site, ZonedDateTime start, ConsultantChoice consultant,
        String contactName, @Nullable String phone, @Nullable String email, @Nullable Integer birthYear,
        @Nullable AccountId account, @Nullable AttachedVacancy vacancy, KioskLanguage language, String terminal) {

    public BookingRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(consultant, "consultant");
        contactName = Objects.requireNonNull(contactName, "contactName").strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(terminal, "terminal");
    }
}

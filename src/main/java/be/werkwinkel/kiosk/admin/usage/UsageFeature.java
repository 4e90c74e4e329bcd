package be.werkwinkel.kiosk.admin.usage;

/** What the statistics count of each feature; the name is what the store keeps. */
public enum UsageFeature {
    /** A vacancy search run by a visitor ({@code vacancy.VacancySearched}). */
    SEARCH,
    /** A new CV finished: first printed or saved ({@code cv.DocumentMade}). */
    CV_MADE,
    /** A new letter finished: first printed or saved ({@code cv.DocumentMade}). */
    LETTER_MADE,
    /** A PDF sent to the kiosk's printer ({@code kiosk.PdfPrinted}). */
    PDF_PRINTED,
    /** A CV, letter or vacancy saved in a visitor's personal storage ({@code storage.DocumentSaved}). */
    DOCUMENT_SAVED,
    /** An appointment booked ({@code appointment.AppointmentBooked}). */
    APPOINTMENT_BOOKED
}

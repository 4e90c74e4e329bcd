package be.werkwinkel.kiosk.appointment.ui;

import be.werkwinkel.kiosk.appointment.AppointmentTypeId;
import be.werkwinkel.kiosk.appointment.AttachedVacancy;
import be.werkwinkel.kiosk.appointment.ConsultantChoice;
import be.werkwinkel.kiosk.appointment.FreeSlot;
import be.werkwinkel.kiosk.appointment.SiteId;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The appointment a visitor is making, kept in their Vaadin session only (as the CV wizard's
 * draft): Stop and the idle wipe end it with the session, nothing is written to disk or to the
 * browser. Each answer is kept as it is given, so Back shows it again and a language switch
 * redraws the same step.
 */
final class BookingDraft {

    enum Step {
        WHAT, WHERE, WHEN, WHO, CONTACT, CONFIRM
    }

    private Step step = Step.WHAT;
    private @Nullable AppointmentTypeId type;
    private @Nullable SiteId site;
    private @Nullable FreeSlot slot;
    private ConsultantChoice consultant = ConsultantChoice.anyone();
    private @Nullable String language;
    private String name = "";
    private String phone = "";
    private String email = "";
    private String birthYear = "";
    private @Nullable AttachedVacancy vacancy;
    private UUID request = UUID.randomUUID();

    private BookingDraft() {
    }

    static Optional<BookingDraft> in(VaadinSession session) {
        return Optional.ofNullable(session.getAttribute(BookingDraft.class));
    }

    /** A new one, replacing any other. */
    static BookingDraft start(VaadinSession session, @Nullable AttachedVacancy vacancy) {
        var draft = new BookingDraft();
        draft.vacancy = vacancy;
        session.setAttribute(BookingDraft.class, draft);
        return draft;
    }

    static void forget(VaadinSession session) {
        session.setAttribute(BookingDraft.class, null);
    }

    Step step() {
        return step;
    }

    void goTo(Step step) {
        this.step = step;
    }

    @Nullable AppointmentTypeId type() {
        return type;
    }

    /** A new type: where and when may not fit it any more. */
    void type(AppointmentTypeId type) {
        if (!type.equals(this.type)) {
            this.type = type;
            this.slot = null;
            this.consultant = ConsultantChoice.anyone();
        }
    }

    @Nullable SiteId site() {
        return site;
    }

    void site(SiteId site) {
        if (!site.equals(this.site)) {
            this.site = site;
            this.slot = null;
            this.consultant = ConsultantChoice.anyone();
        }
    }

    @Nullable FreeSlot slot() {
        return slot;
    }

    /** A new time; a consultant chosen before stays only when free then. */
    void slot(FreeSlot slot) {
        this.slot = slot;
        if (consultant instanceof ConsultantChoice.Chosen chosen
                && slot.consultants().stream().noneMatch(free -> free.id().equals(chosen.consultant()))) {
            consultant = ConsultantChoice.anyone();
        }
        request = UUID.randomUUID(); // another booking than the one a retry would repeat
    }

    ConsultantChoice consultant() {
        return consultant;
    }

    void consultant(ConsultantChoice consultant) {
        this.consultant = consultant;
        request = UUID.randomUUID();
    }

    /** The language the visitor would rather speak (ISO 639-1), or null for any. */
    @Nullable String language() {
        return language;
    }

    void language(@Nullable String language) {
        this.language = language;
    }

    String name() {
        return name;
    }

    String phone() {
        return phone;
    }

    String email() {
        return email;
    }

    String birthYear() {
        return birthYear;
    }

    void contact(String name, String phone, String email, String birthYear) {
        this.name = name;
        this.phone = phone;
        this.email = email;
        this.birthYear = birthYear;
    }

    @Nullable AttachedVacancy vacancy() {
        return vacancy;
    }

    /** The id of this booking request: the same on a retry (a lost answer), new for another slot or consultant. */
    UUID request() {
        return request;
    }
}

package be.werkwinkel.kiosk.base;

import org.jspecify.annotations.Nullable;

/**
 * The audit log of staff actions, for every module: who did what, when, to what, and how it ended.
 * The admin console shows it (searchable) and keeps it for {@code kiosk.staff.audit-retention}.
 * It lives in the shared kernel so that a feature module (the appointment agenda, terminal
 * commands) can write to it without depending on the admin module, which depends on them.
 */
public interface StaffAudit {

    /** How a staff action ended. */
    enum Result {
        DONE, REFUSED, FAILED
    }

    /**
     * Records one staff action; the time is the clock's now.
     *
     * @param staff the staff member's username (or {@code cli:NAME} for a command on the kiosk PC)
     * @param action what was done, a short stable code such as {@code APPOINTMENT_ATTENDED}
     * @param target what it was done to (an account, a terminal, an appointment id), never personal data
     * @param detail a short remark for the log, or {@code null}
     */
    void record(String staff, String action, @Nullable String target, Result result, @Nullable String detail);

    /** Records a staff action that succeeded, without remark. */
    default void done(String staff, String action, @Nullable String target) {
        record(staff, action, target, Result.DONE, null);
    }
}

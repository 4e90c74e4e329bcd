package be.werkwinkel.kiosk.admin;

/** A change to a staff account that was refused; nothing was changed. */
public class StaffAccountProblem extends RuntimeException {

    public enum Reason {
        USERNAME_INVALID, USERNAME_TAKEN, NAME_INVALID, PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG,
        PASSWORD_IS_USERNAME, LAST_ADMIN, NOT_FOUND, ADMIN_EXISTS;

        /** What the command line says (in English, like the other staff commands). */
        public String commandLineMessage() {
            return switch (this) {
                case ADMIN_EXISTS -> "An administrator already exists: nothing was changed. Administrators manage"
                        + " staff accounts (and reset passwords) in the console.\n";
                case USERNAME_INVALID -> "The username must be 2-60 lower-case letters, digits, '.', '_' or '-'.\n";
                case USERNAME_TAKEN -> "That username is taken.\n";
                case NAME_INVALID -> "--name must be 1-100 characters.\n";
                case PASSWORD_TOO_SHORT -> "The password is too short (kiosk.staff.min-password-length, 12 by default).\n";
                case PASSWORD_TOO_LONG -> "The password is too long (at most 128 characters).\n";
                case PASSWORD_IS_USERNAME -> "The password must not contain the username.\n";
                default -> "Refused: " + name() + "\n";
            };
        }

        /** The translation key of the message for staff. */
        public String messageKey() {
            return "admin.staff.problem." + name();
        }
    }

    private final Reason reason;

    public StaffAccountProblem(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

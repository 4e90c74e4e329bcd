package be.werkwinkel.kiosk.terminal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The terminal registry as the staff console uses it. */
public interface Terminals {

    /** Every terminal, by site and name. */
    List<TerminalView> overview();

    Optional<TerminalView> find(TerminalId terminal);

    /**
     * Registers a terminal and returns its first one-time enrollment code.
     *
     * @throws IllegalArgumentException when the name or site is blank or too long
     */
    Enrollment create(String name, String site, String location);

    /** A new enrollment code for a terminal (a lost code, a reinstalled PC); earlier unused codes stop working. */
    Enrollment newEnrollmentCode(TerminalId terminal);

    /** Revokes the terminal's token: its next call is refused. A new enrollment code brings it back. */
    void revoke(TerminalId terminal);

    /**
     * Queues a command for one terminal; it is delivered within seconds when the terminal is
     * online, when it comes back otherwise, or it expires. Returns its sequence number.
     *
     * @param issuedBy who sent it (a staff username), for the console and the audit log
     * @throws IllegalArgumentException when a lock or an announcement has no text, or the terminal is unknown
     */
    long send(TerminalId terminal, CommandKind kind, @Nullable String text, String issuedBy);

    /** Sends the announcement to every terminal of a site; returns how many terminals that were. */
    int announceToSite(String site, String text, String issuedBy);

    /** The latest commands of a terminal, newest first. */
    List<CommandView> commands(TerminalId terminal, int limit);

    /** The standalone kiosk's own terminal; empty on a hub. */
    Optional<TerminalId> localKiosk();
}

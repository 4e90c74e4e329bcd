package be.werkwinkel.kiosk.terminal;

import be.werkwinkel.kiosk.kiosk.KioskSetup;
import java.util.List;

/**
 * The configuration of the kiosks per site and per terminal, for the staff console (decision 033).
 * A terminal's effective configuration is the application properties, overridden by what its site
 * sets, overridden by what the terminal sets itself. Saving validates everything first (a refused
 * configuration changes nothing), writes it, records it in the audit log, and tells the terminals
 * concerned to reload their configuration ({@link CommandKind#RELOAD_CONFIGURATION}), so that open
 * kiosk screens follow within seconds.
 */
public interface KioskSetups {

    /** Every site: those of the registry's terminals and those with a configuration, by name. */
    List<String> sites();

    /** What the application properties give every site (the bottom layer). */
    KioskSetup defaults();

    /** What this site sets itself. */
    SetupOverrides ofSite(String site);

    /** What this terminal sets itself. */
    SetupOverrides ofTerminal(TerminalId terminal);

    /** What a terminal of this site gets where it sets nothing itself. */
    KioskSetup effectiveForSite(String site);

    /** What this terminal follows. */
    KioskSetup effective(TerminalId terminal);

    /**
     * Replaces what the site sets itself; returns how many terminals were told to reload.
     *
     * @param staff who saves (for the audit log and the reload commands)
     * @throws SetupProblem when anything is invalid or the site is unknown; nothing is saved then
     */
    int saveSite(String site, SetupOverrides overrides, String staff);

    /**
     * Replaces what the terminal sets itself; returns 1 when it was told to reload (an enrolled,
     * not revoked terminal), otherwise 0.
     *
     * @throws SetupProblem when anything is invalid or the terminal is unknown; nothing is saved then
     */
    int saveTerminal(TerminalId terminal, SetupOverrides overrides, String staff);
}

package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.terminal.TerminalId;

/** A command was committed for this terminal: wake whoever waits for its commands. */
record CommandQueued(TerminalId terminal, long seq) {
}

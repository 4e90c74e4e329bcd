package be.werkwinkel.kiosk.terminal;

/** A terminal in the registry. */
public record TerminalId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

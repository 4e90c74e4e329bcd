package be.werkwinkel.kiosk.base;

/**
 * Authenticated encryption of what the kiosk keeps about a visitor at rest, under a key that never
 * leaves the kiosk's own files: a database dump shows no personal data, and a sealed value that was
 * changed, or moved to another row, does not open.
 */
public interface Sealing {

    /**
     * @param context what the value belongs to (e.g. its table and row), bound to it: the value
     *     opens only with the same context
     */
    byte[] seal(byte[] plaintext, byte[] context);

    /** @throws SealingException when the value was changed, belongs elsewhere or was sealed under another key */
    byte[] open(byte[] sealed, byte[] context);

    /**
     * Makes a new key the one that seals from now on; values sealed under the older keys still
     * open. The staff command {@code rotate-storage-key} calls it.
     *
     * @return how many keys there are now
     */
    int rotate();

    /** A sealed value that does not open. */
    final class SealingException extends RuntimeException {

        public SealingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

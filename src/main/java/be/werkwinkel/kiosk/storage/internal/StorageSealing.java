package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.base.Sealing;
import be.werkwinkel.kiosk.base.Sealing.SealingException;
import java.nio.charset.StandardCharsets;

/**
 * How personal storage seals what says something about a visitor: with the kiosk's one sealing
 * key ({@link Sealing}), the row's identity and column as context (decision 013). A value sealed
 * before the move to that key (decision 019) still opens with the old storage keyset until the
 * migration has re-sealed it.
 */
final class StorageSealing {

    private final Sealing sealing;
    private final OldStorageKeyset old;

    StorageSealing(Sealing sealing, OldStorageKeyset old) {
        this.sealing = sealing;
        this.old = old;
    }

    byte[] seal(byte[] plain, String context) {
        return sealing.seal(plain, bytes(context));
    }

    /** @throws SealingException when the value was changed, moved to another row or column, or its key is gone */
    byte[] open(byte[] sealed, String context) {
        try {
            return sealing.open(sealed, bytes(context));
        } catch (SealingException notUnderTheOneKey) {
            if (!old.present()) {
                throw notUnderTheOneKey;
            }
            return old.open(sealed, bytes(context));
        }
    }

    /** Opens with the one sealing key only: how the migration checks what it wrote. */
    byte[] openWithSealingKey(byte[] sealed, String context) {
        return sealing.open(sealed, bytes(context));
    }

    int rotate() {
        return sealing.rotate();
    }

    OldStorageKeyset old() {
        return old;
    }

    /** The context of a value in an account's row: {@code storage_account:<account>:<column>}. */
    static String account(String account, String column) {
        return "storage_account:" + account + ":" + column;
    }

    /** The context of a value in a document's row: {@code storage_document:<account>:<document>:<column>}. */
    static String document(String account, String document, String column) {
        return "storage_document:" + account + ":" + document + ":" + column;
    }

    /** The context of a value in a sent mail's row: {@code storage_mail:<account>:<request>:<column>}. */
    static String mail(String account, String request, String column) {
        return "storage_mail:" + account + ":" + request + ":" + column;
    }

    private static byte[] bytes(String context) {
        return context.getBytes(StandardCharsets.UTF_8);
    }
}

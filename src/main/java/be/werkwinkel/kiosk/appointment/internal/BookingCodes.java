package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.BookingCode;
import java.security.SecureRandom;

/**
 * New booking codes: eight characters drawn uniformly by a {@link SecureRandom} from the 22 of
 * {@link BookingCode#ALPHABET}, about 5.5 × 10¹⁰ codes, so one guess in ten billion finds a code
 * among the few thousand that live at a time, before the attempt limits (decision 024).
 */
final class BookingCodes {

    private final SecureRandom random = new SecureRandom();

    BookingCode next() {
        var code = new char[BookingCode.LENGTH];
        for (var i = 0; i < code.length; i++) {
            code[i] = BookingCode.ALPHABET.charAt(random.nextInt(BookingCode.ALPHABET.length()));
        }
        return new BookingCode(new String(code));
    }
}

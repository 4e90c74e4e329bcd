package be.werkwinkel.kiosk.appointment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.appointment.BookingCode;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class BookingCodeTest {

    @Test
    void codes_use_no_look_alike_characters_and_read_in_two_groups() {
        for (var confusable : "0O1IL2Z5S6G8B".toCharArray()) {
            assertThat(BookingCode.ALPHABET).doesNotContain(String.valueOf(confusable));
        }
        var code = new BookingCodes().next();
        assertThat(code.display()).matches("[" + BookingCode.ALPHABET + "]{4}-[" + BookingCode.ALPHABET + "]{4}");
    }

    @Test
    void typed_codes_ignore_case_spaces_and_dashes_and_tampered_ones_are_no_code() {
        assertThat(BookingCode.parse(" k7mr-4qxt ")).map(BookingCode::value).contains("K7MR4QXT");
        assertThat(BookingCode.parse("K7MR 4QXT")).isPresent();
        assertThat(BookingCode.parse("K7MR-4QX0")).as("0 is not in the alphabet").isEmpty();
        assertThat(BookingCode.parse("K7MR-4QX")).isEmpty();
        assertThat(BookingCode.parse("K7MR-4QXT-A")).isEmpty();
        assertThat(BookingCode.parse("<script>")).isEmpty();
    }

    @Test
    void ten_thousand_new_codes_are_all_different() {
        var codes = new BookingCodes();
        var seen = new HashSet<String>();
        for (var i = 0; i < 10_000; i++) {
            seen.add(codes.next().value());
        }
        assertThat(seen).hasSize(10_000);
    }
}

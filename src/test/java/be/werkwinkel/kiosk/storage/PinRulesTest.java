package be.werkwinkel.kiosk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.storage.PinRules.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinRulesTest {

    @ParameterizedTest
    @CsvSource({
            "000000, ONE_DIGIT", "777777, ONE_DIGIT",
            "123456, RUN", "012345, RUN", "456789, RUN", "987654, RUN", "543210, RUN",
            "121212, PATTERN", "123123, PATTERN", "909090, PATTERN",
            "250385, DATE", "010199, DATE", "311299, DATE", "851224, DATE",
            "12345, NOT_SIX_DIGITS", "1234567, NOT_SIX_DIGITS", "12a456, NOT_SIX_DIGITS", "'', NOT_SIX_DIGITS"})
    void an_obvious_pin_is_refused_with_its_reason(String pin, Problem reason) {
        assertThat(PinRules.problem(pin)).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"482915", "731946", "320045", "999123", "403199"})
    void a_pin_a_stranger_would_not_try_first_is_accepted(String pin) {
        assertThat(PinRules.problem(pin)).isEmpty();
    }
}

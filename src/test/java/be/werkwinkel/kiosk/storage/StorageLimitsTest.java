package be.werkwinkel.kiosk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorageLimitsTest {

    @Test
    void usernames_are_one_whatever_their_capitals_and_spaces_around() {
        assertThat(StorageLimits.normalisedUsername("  Fatima72 ")).contains("fatima72");
        assertThat(StorageLimits.normalisedUsername("FATIMA72")).contains("fatima72");
        assertThat(StorageLimits.normalisedUsername("Zoë.De-Smet_1")).contains("zoë.de-smet_1");
    }

    @Test
    void a_username_with_spaces_markup_or_the_wrong_length_is_refused() {
        assertThat(StorageLimits.normalisedUsername("ab")).isEmpty();
        assertThat(StorageLimits.normalisedUsername("fatima ali")).isEmpty();
        assertThat(StorageLimits.normalisedUsername("<script>")).isEmpty();
        assertThat(StorageLimits.normalisedUsername("a".repeat(31))).isEmpty();
    }

    @Test
    void e_mail_addresses_need_a_local_part_an_at_and_a_domain_with_a_dot() {
        assertThat(StorageLimits.validEmail("fatima@voorbeeld.be")).isTrue();
        assertThat(StorageLimits.validEmail("fatima@voorbeeld")).isFalse();
        assertThat(StorageLimits.validEmail("fatima voorbeeld.be")).isFalse();
        assertThat(StorageLimits.validEmail("a@b@c.be")).isFalse();
    }
}

package be.werkwinkel.kiosk.cv;

import be.werkwinkel.kiosk.base.KioskLanguage;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A motivation letter as the letter wizard builds it. Plain text as typed; whatever shows it
 * escapes it. Started from a saved vacancy, it carries the vacancy's id and the employer, job
 * title and application address the vacancy gave.
 *
 * @param sender the visitor; only name, address, e-mail and phone are used
 * @param paragraphs the body between salutation and closing, one entry per paragraph
 */
public record Letter(KioskLanguage language, LetterKind kind, Cv.Person sender, Recipient recipient, String jobTitle,
        @Nullable String vacancyId, LocalDate date, String salutation, List<String> paragraphs, String closing) {

    public Letter {
        paragraphs = List.copyOf(paragraphs);
    }

    public Letter withSender(Cv.Person sender) {
        return new Letter(language, kind, sender, recipient, jobTitle, vacancyId, date, salutation, paragraphs, closing);
    }

    public Letter withRecipient(Recipient recipient) {
        return new Letter(language, kind, sender, recipient, jobTitle, vacancyId, date, salutation, paragraphs, closing);
    }

    public Letter withJob(String jobTitle, @Nullable String vacancyId) {
        return new Letter(language, kind, sender, recipient, jobTitle, vacancyId, date, salutation, paragraphs, closing);
    }

    public Letter withText(String salutation, List<String> paragraphs, String closing) {
        return new Letter(language, kind, sender, recipient, jobTitle, vacancyId, date, salutation, paragraphs, closing);
    }

    public Letter withDate(LocalDate date) {
        return new Letter(language, kind, sender, recipient, jobTitle, vacancyId, date, salutation, paragraphs, closing);
    }

    /**
     * Who the letter goes to.
     *
     * @param email the application address, where the letter can be sent as the body of an e-mail
     */
    public record Recipient(String organisation, String contact, String street, String postcode, String place,
            String email) {

        public static final Recipient EMPTY = new Recipient("", "", "", "", "", "");
    }
}

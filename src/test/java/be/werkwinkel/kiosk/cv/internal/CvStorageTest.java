package be.werkwinkel.kiosk.cv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.cv.CvDocuments;
import be.werkwinkel.kiosk.cv.CvTemplate;
import be.werkwinkel.kiosk.cv.CvTransfer;
import be.werkwinkel.kiosk.cv.JsonResume;
import be.werkwinkel.kiosk.cv.Letter;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.DocumentFormat;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.support.KioskTest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CVs and letters in personal storage on the real embedded MariaDB: their formats in "Mijn documenten" and JSON Resume in and out. */
@KioskTest
class CvStorageTest {

    static final String PIN = "482915";

    @Autowired
    PersonalStorage storage;

    @Autowired
    List<DocumentFormat> formats;

    @Autowired
    CvTransfer transfer;

    @Autowired
    JsonResume jsonResume;

    record Account(String username, AccountId id) {
    }

    Account newAccount() {
        var username = "cv" + UUID.randomUUID().toString().substring(0, 8);
        return new Account(username, storage.createAccount(RequestId.random(), username, PIN, null));
    }

    static String terminal() {
        return "test-" + UUID.randomUUID();
    }

    DocumentFormat formatFor(String mediaType) {
        var reading = formats.stream().filter(format -> format.reads(mediaType)).toList();
        assertThat(reading).as(mediaType).hasSize(1);
        return reading.getFirst();
    }

    @Test
    void a_stored_cv_opens_in_the_cv_wizard_and_prints_under_its_own_name() {
        var account = newAccount();
        var cv = CvSamples.full(KioskLanguage.DUTCH, CvTemplate.EUROPASS);
        var id = storage.save(RequestId.random(), account.id(), DocumentKind.CV, "Cv Zoë (magazijn)", CvDocuments.content(cv));
        var stored = storage.open(account.id(), id);

        var format = formatFor(CvDocuments.CV_MEDIA_TYPE);
        assertThat(format.location(id)).isEqualTo("cv/" + id);
        var pdf = format.pdf(stored, Locale.FRENCH);
        assertThat(pdf.fileName()).isEqualTo("Cv-Zoe-magazijn.pdf");
        assertThat(PdfReading.text(pdf.content())).contains("Łucja Gökçe-Đorđević", "Werkervaring"); // the CV's language, not the screen's
        assertThat(format.application(stored, Locale.FRENCH)).isEmpty();
    }

    @Test
    void a_stored_letter_opens_in_the_letter_wizard_and_goes_to_the_employer_as_plain_text() {
        var account = newAccount();
        var letter = CvSamples.letter(KioskLanguage.DUTCH);
        var id = storage.save(RequestId.random(), account.id(), DocumentKind.LETTER, "Brief Van Moer", CvDocuments.content(letter));
        var stored = storage.open(account.id(), id);

        var format = formatFor(CvDocuments.LETTER_MEDIA_TYPE);
        assertThat(format.location(id)).isEqualTo("letter/" + id);
        assertThat(format.pdf(stored, Locale.ENGLISH).fileName()).isEqualTo("Brief-Van-Moer.pdf");
        var application = format.application(stored, Locale.ENGLISH).orElseThrow();
        assertThat(application.recipient()).isEqualTo("jobs@vanmoer.example");
        assertThat(application.subject()).isEqualTo("Sollicitatie als magazijnmedewerker");
        assertThat(application.text()).isEqualTo("""
                Geachte mevrouw Peeters,

                Met veel interesse las ik uw vacature voor magazijnmedewerker op de website van de VDAB.

                Ik heb vier jaar ervaring als magazijnier bij Colruyt in Halle. Ik heb een heftruckattest en rijbewijs C.

                Graag vertel ik u meer in een gesprek.

                Met vriendelijke groeten,
                Łucja Gökçe-Đorđević
                """);

        var noAddress = new Letter(letter.language(), letter.kind(), letter.sender(),
                new Letter.Recipient("Van Moer", "", "", "", "", ""), letter.jobTitle(), null, letter.date(),
                letter.salutation(), letter.paragraphs(), letter.closing());
        var other = storage.save(RequestId.random(), account.id(), DocumentKind.LETTER, "Zonder adres", CvDocuments.content(noAddress));
        assertThat(format.application(storage.open(account.id(), other), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void file_names_keep_only_safe_characters() {
        assertThat(CvDocumentFormat.fileName("../../etc/passwd", "cv")).isEqualTo("etc-passwd.pdf");
        assertThat(CvDocumentFormat.fileName("Ça va? <script>", "cv")).isEqualTo("Ca-va-script.pdf");
        assertThat(CvDocumentFormat.fileName("   ", "letter")).isEqualTo("letter.pdf");
        assertThat(CvDocumentFormat.fileName("Ł".repeat(200), "cv")).isEqualTo("cv.pdf"); // Ł has no plain form
        assertThat(CvDocumentFormat.fileName("a".repeat(200), "cv")).hasSize(80 + ".pdf".length());
    }

    @Test
    void a_visitor_exports_a_cv_with_username_and_pin_and_imports_it_again() {
        var account = newAccount();
        var cv = CvSamples.full(KioskLanguage.FRENCH, CvTemplate.MODERN);
        storage.save(RequestId.random(), account.id(), DocumentKind.CV, "Mon CV", CvDocuments.content(cv));

        var exported = transfer.export(account.username().toUpperCase(Locale.ROOT), PIN, terminal(), null);
        assertThat(exported).isInstanceOf(CvTransfer.Exported.class);
        var json = ((CvTransfer.Exported) exported).json();
        assertThat(((CvTransfer.Exported) exported).name()).isEqualTo("Mon CV");
        assertThat(jsonResume.read(json, KioskLanguage.DUTCH)).isEqualTo(cv);

        var request = RequestId.random();
        var imported = transfer.importCv(request, account.username(), PIN, terminal(), json, null, KioskLanguage.DUTCH);
        var again = transfer.importCv(request, account.username(), PIN, terminal(), json, null, KioskLanguage.DUTCH);
        assertThat(imported).isInstanceOf(CvTransfer.Imported.class).isEqualTo(again);
        var document = ((CvTransfer.Imported) imported).document();
        assertThat(((CvTransfer.Imported) imported).name()).isEqualTo("CV Łucja Gökçe-Đorđević");
        assertThat(CvDocuments.cv(storage.open(account.id(), document).content())).isEqualTo(cv);
        assertThat(storage.documents(account.id())).hasSize(2);

        assertThat(transfer.export(account.username(), PIN, terminal(), null)).isInstanceOfSatisfying(CvTransfer.SeveralCvs.class,
                several -> assertThat(several.names()).hasSize(2).anyMatch(name -> name.startsWith("Mon CV [")));
        assertThat(transfer.export(account.username(), PIN, terminal(), "mon cv")).isInstanceOf(CvTransfer.Exported.class);
        assertThat(transfer.export(account.username(), PIN, terminal(), document.toString()))
                .isInstanceOfSatisfying(CvTransfer.Exported.class, e -> assertThat(e.name()).isEqualTo("CV Łucja Gökçe-Đorđević"));
        assertThat(transfer.export(account.username(), PIN, terminal(), "ander cv")).isInstanceOf(CvTransfer.NoSuchCv.class);
    }

    @Test
    void a_wrong_pin_exports_and_imports_nothing_and_counts_towards_the_pause() {
        var account = newAccount();
        storage.save(RequestId.random(), account.id(), DocumentKind.CV, "Cv",
                CvDocuments.content(CvSamples.full(KioskLanguage.DUTCH, CvTemplate.EUROPASS)));
        var terminal = terminal();

        assertThat(transfer.export(account.username(), "111222", terminal, null)).isInstanceOf(CvTransfer.Refused.class);
        assertThat(transfer.export("niemand" + UUID.randomUUID().toString().substring(0, 6), PIN, terminal, null))
                .isInstanceOf(CvTransfer.Refused.class);
        assertThat(transfer.importCv(RequestId.random(), account.username(), "111222", terminal,
                "{\"basics\": {\"name\": \"X\"}}", null, KioskLanguage.DUTCH)).isInstanceOf(CvTransfer.Refused.class);
        assertThat(storage.documents(account.id())).hasSize(1);
        for (int i = 0; i < 5; i++) {
            transfer.export(account.username(), "111222", terminal, null);
        }
        assertThat(transfer.export(account.username(), PIN, terminal, null)).isInstanceOf(CvTransfer.Paused.class);
    }

    @Test
    void a_document_the_kiosk_cannot_take_is_not_imported_and_says_why() {
        var account = newAccount();
        var outcome = transfer.importCv(RequestId.random(), account.username(), PIN, terminal(),
                "{\"basics\": {\"name\": \"Jan\"}, \"work\": [{\"position\": \"Kok\", \"startDate\": \"2021-13\"}]}", null,
                KioskLanguage.DUTCH);

        assertThat(outcome).isEqualTo(new CvTransfer.NotImported(
                List.of("$.work[0].startDate: 2021-13 is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")));
        assertThat(storage.documents(account.id())).isEmpty();
        assertThat(transfer.export(account.username(), PIN, terminal(), null)).isEqualTo(new CvTransfer.NoSuchCv(List.of()));
    }
}

package be.werkwinkel.kiosk.storage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.base.ui.PdfPrint;
import be.werkwinkel.kiosk.mail.internal.OutboxRuns;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentMail;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SentMail;
import be.werkwinkel.kiosk.storage.SignedInVisitor;
import be.werkwinkel.kiosk.storage.TestDocumentFormat;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;

/**
 * "Send by e-mail" in Mijn documenten, from the visitor's screens to a real SMTP server (GreenMail)
 * through the real outbox on the real MariaDB: what waits while the server is down or missing, and
 * is then delivered once, with its PDF; letters to an employer; what the visitor is told; what is
 * kept and what goes with the account. The same context as the other storage screen tests.
 */
@KioskTest
@TestPropertySource(properties = "kiosk.site.name=Werkwinkel Vacaturetest")
class MailFromMyDocumentsTest extends SpringBrowserlessTest {

    private static final String CV_TEXT = "Ervaring: orderpicker bij Colruyt Halle, 2021-2025. Rijbewijs B, heftruck.";
    private static final String LETTER_TEXT = """
            Geachte heer Janssens,

            Graag solliciteer ik voor de functie van magazijnier. Ik werk nauwkeurig en ben flexibel.

            Met vriendelijke groeten,
            Fatima El Amrani""";

    @Autowired
    PersonalStorage storage;
    @Autowired
    DocumentMail mail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    VacancyImport imports;
    @Autowired
    VacancySearch search;

    @BeforeEach
    void anEmptyOutbox() {
        // the outbox is driven by hand in the tests; what other tests left waiting must not crowd a run
        jdbc.sql("DELETE FROM mail_outbox WHERE state = 'WAITING'").update();
    }

    @Test
    void a_cv_sent_to_myself_waits_while_the_server_is_down_and_is_then_delivered_once_with_its_pdf() throws Exception {
        var address = unique("fatima") + "@voorbeeld.be";
        var account = signIn(address);
        var cv = storage.save(RequestId.random(), account, DocumentKind.CV, "Cv Fatima", TestDocumentFormat.cv(CV_TEXT));
        navigate(DocumentsView.class);

        tapSend(cv);
        assertThat(getCurrentView()).isInstanceOf(SendDocumentView.class);
        assertThat(title()).isEqualTo("Naar welk e-mailadres?");
        assertThat($(TextField.class).id("storage-send-address").getValue()).as("the account's address").isEqualTo(address);
        click("storage-send");

        assertThat(getCurrentView()).isInstanceOf(DocumentsView.class);
        assertThat($(Dialog.class).id("storage-mail-queued").getElement().getTextRecursively())
                .contains("De kiosk verstuurt uw e-mail naar " + address);
        click("notice-ok");
        assertThat(mailsText()).contains("„Cv Fatima” naar " + address, "Wacht om verstuurd te worden");

        var port = freePort();
        assertThat(UI.getCurrent().getPollInterval()).as("looks again while a mail waits").isEqualTo(DocumentsView.MAIL_POLL_MILLIS);
        assertThat(OutboxRuns.sendDue(context, Instant.now().plusSeconds(1), smtp(port))).as("the server is down").isZero();
        poll();
        assertThat(mailsText()).contains("Wacht om verstuurd te worden. De mailserver is nu niet bereikbaar. De kiosk blijft het proberen.");

        var greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            assertThat(OutboxRuns.sendDue(context, Instant.now().plus(Duration.ofMinutes(2)), smtp(port))).isEqualTo(1);
            var request = mail.sent(account).getFirst().request();
            // the same request again (a double tap, a replayed write): nothing more is sent
            assertThat(mail.sendToMyself(request, account, cv, address, Locale.of("nl")).state()).isEqualTo(SentMail.State.SENT);
            assertThat(OutboxRuns.sendDue(context, Instant.now().plus(Duration.ofHours(2)), smtp(port))).isZero();

            var received = to(greenMail, address);
            assertThat(received).hasSize(1);
            var message = received.getFirst();
            assertThat(message.getSubject()).isEqualTo("Uw document „Cv Fatima”");
            var parts = (Multipart) message.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            assertThat(parts.getBodyPart(0).getContent().toString().replace("\r\n", "\n")).isEqualTo("""
                    Goedendag,

                    In de bijlage vindt u uw document „Cv Fatima”. U stuurde het naar uzelf vanaf de computer van Werkwinkel Vacaturetest.

                    Met vriendelijke groeten,
                    Werkwinkel Vacaturetest""");
            assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("Cv Fatima.pdf");
            assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
            assertThat(bytes(parts.getBodyPart(1))).isEqualTo(TestDocumentFormat.pdfOf("Cv Fatima", CV_TEXT));
        } finally {
            greenMail.stop();
        }
        poll();
        assertThat(mailsText()).contains("Verstuurd op ").doesNotContain("Wacht");
        assertThat(UI.getCurrent().getPollInterval()).as("nothing waits: no more looking").isEqualTo(-1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM storage_mail WHERE account_id = ?").param(account.toString())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void without_a_mail_server_the_message_waits_and_the_visitor_is_told_why() {
        var account = signIn(unique("an") + "@voorbeeld.be");
        var cv = storage.save(RequestId.random(), account, DocumentKind.CV, "Mijn cv", TestDocumentFormat.cv(CV_TEXT));
        navigate(DocumentsView.class);
        tapSend(cv);
        click("storage-send");

        OutboxRuns.sendDue(context, Instant.now().plusSeconds(1), null);

        poll();
        assertThat(mailsText()).contains("Deze kiosk heeft nog geen mailserver om e-mails mee te versturen. "
                + "Uw e-mail blijft veilig bewaard en vertrekt zodra er een is.");
        assertThat(mail.sent(account)).singleElement()
                .satisfies(sent -> assertThat(sent.state()).isEqualTo(SentMail.State.WAITING_NO_MAIL_SERVER));
        switchToFrench();
        assertThat(mailsText()).contains("Cette borne n’a pas encore de serveur de messagerie");
    }

    @Test
    void a_letter_goes_to_the_employer_as_the_message_with_its_pdf_and_the_chosen_cv_and_answers_go_to_the_visitor()
            throws Exception {
        var address = unique("fatima") + "@voorbeeld.be";
        var employer = unique("jobs") + "@bakkerij-janssens.be";
        var account = signIn(address);
        var cv = storage.save(RequestId.random(), account, DocumentKind.CV, "Cv magazijn", TestDocumentFormat.cv(CV_TEXT));
        storage.save(RequestId.random(), account, DocumentKind.CV, "Cv verkoop", TestDocumentFormat.cv("verkoop"));
        var letter = storage.save(RequestId.random(), account, DocumentKind.LETTER, "Brief Bakkerij Janssens",
                TestDocumentFormat.letter(employer, "Sollicitatie magazijnier", LETTER_TEXT));
        navigate(DocumentsView.class);

        tapSend(letter);
        assertThat(title()).isEqualTo("Naar wie stuurt u „Brief Bakkerij Janssens”?");
        click("storage-send-employer");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("storage-send-employer-address").getText())
                .isEqualTo("Aan: " + employer);
        assertThat($(Button.class).id("storage-cv-none").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        click("storage-cv-" + cv);
        assertThat($(Button.class).id("storage-cv-" + cv).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        click("storage-send");
        click("notice-ok");
        assertThat(mailsText()).contains("„Brief Bakkerij Janssens” en cv „Cv magazijn” naar de werkgever: " + employer);

        var port = freePort();
        var greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            assertThat(OutboxRuns.sendDue(context, Instant.now().plusSeconds(1), smtp(port))).isEqualTo(1);
            var received = to(greenMail, employer);
            assertThat(received).hasSize(1);
            var message = received.getFirst();
            assertThat(message.getSubject()).isEqualTo("Sollicitatie magazijnier");
            assertThat(message.getReplyTo()).extracting(Object::toString).containsExactly(address);
            var parts = (Multipart) message.getContent();
            assertThat(parts.getCount()).isEqualTo(3);
            assertThat(parts.getBodyPart(0).getContent().toString().replace("\r\n", "\n")).isEqualTo(LETTER_TEXT);
            assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("Brief Bakkerij Janssens.pdf");
            assertThat(parts.getBodyPart(2).getFileName()).isEqualTo("Cv magazijn.pdf");
            assertThat(bytes(parts.getBodyPart(2))).isEqualTo(TestDocumentFormat.pdfOf("Cv magazijn", CV_TEXT));
        } finally {
            greenMail.stop();
        }
        poll();
        assertThat(mailsText()).contains("Verstuurd op ");
    }

    @Test
    void a_typed_address_that_is_not_one_is_refused_in_the_visitors_language_and_nothing_is_queued() {
        var account = signIn(null);
        var cv = storage.save(RequestId.random(), account, DocumentKind.CV, "Cv", TestDocumentFormat.cv(CV_TEXT));
        var waiting = outboxSize();
        navigate(DocumentsView.class);
        tapSend(cv);
        var field = $(TextField.class).id("storage-send-address");
        assertThat(field.getValue()).as("no address in the account").isEmpty();

        test(field).setValue("fatima");
        click("storage-send");
        assertThat(getCurrentView()).isInstanceOf(SendDocumentView.class);
        assertThat($(TextField.class).id("storage-send-address").getErrorMessage())
                .isEqualTo("Dit is geen e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.be.");
        switchToFrench();
        assertThat($(TextField.class).id("storage-send-address").getErrorMessage())
                .isEqualTo("Ce n’est pas une adresse e-mail. Une adresse e-mail ressemble à nom@exemple.be.");
        test($(TextField.class).id("storage-send-address")).setValue("fatima@voorbeeld.be\r\nBcc: x@example.com");
        click("storage-send");
        assertThat(getCurrentView()).isInstanceOf(SendDocumentView.class);

        assertThat(mail.sent(account)).isEmpty();
        assertThat(outboxSize()).isEqualTo(waiting);
    }

    @Test
    void a_saved_vacancy_is_sent_to_myself_with_its_title_employer_and_link() throws Exception {
        TestVacancies.load(imports);
        var address = unique("amina") + "@voorbeeld.be";
        var account = signIn(address);
        var slager = search.search(VacancyQuery.all(10).withText("slager")).hits().getFirst().id().toString();
        var saved = storage.save(RequestId.random(), account, DocumentKind.SAVED_VACANCY, "Slager",
                new DocumentContent(slager.getBytes(StandardCharsets.UTF_8), DocumentKind.VACANCY_MEDIA_TYPE));
        navigate(DocumentsView.class);
        tapSend(saved);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("U krijgt de vacature „Slager” met haar link");
        click("storage-send");

        var port = freePort();
        var greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            OutboxRuns.sendDue(context, Instant.now().plusSeconds(1), smtp(port));
            var message = to(greenMail, address).getFirst();
            assertThat(message.getSubject()).isEqualTo("Vacature: Slager");
            assertThat(message.getContent().toString().replace("\r\n", "\n")).isEqualTo("""
                    Goedendag,

                    U bewaarde deze vacature bij Werkwinkel Vacaturetest:

                    Slager
                    Slagerij Peeters, 9300 Aalst

                    Lees de vacature en solliciteer via deze link:
                    https://vacatures.example.org/test/2

                    Met vriendelijke groeten,
                    Werkwinkel Vacaturetest""");
        } finally {
            greenMail.stop();
        }
    }

    @Test
    void what_is_stored_about_me_lists_the_sent_mail_and_deleting_the_account_deletes_it() {
        var address = unique("weg") + "@voorbeeld.be";
        var account = signIn(address);
        var cv = storage.save(RequestId.random(), account, DocumentKind.CV, "Cv weg", TestDocumentFormat.cv(CV_TEXT));
        mail.sendToMyself(RequestId.random(), account, cv, address, Locale.of("nl"));
        navigate(AboutMeView.class);
        assertThat($(com.vaadin.flow.component.html.Section.class).id("storage-about-me-mails").getElement()
                .getTextRecursively()).contains("„Cv weg” naar " + address, "Wacht om verstuurd te worden");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("E-mails die nog wachten, worden toch nog verstuurd.");

        click("storage-delete-account");
        click("storage-delete-account-yes");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM storage_mail WHERE account_id = ?").param(account.toString())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void a_cv_prints_as_its_pdf_and_opens_in_its_own_screen_and_other_documents_stay_as_they_were() {
        var account = signIn(null);
        var cv = storage.save(RequestId.random(), account, DocumentKind.CV, "Cv", TestDocumentFormat.cv(CV_TEXT));
        var text = storage.save(RequestId.random(), account, DocumentKind.LETTER, "Oude brief",
                new DocumentContent("Beste".getBytes(StandardCharsets.UTF_8), "text/plain"));
        var broken = storage.save(RequestId.random(), account, DocumentKind.CV, "Half cv",
                new DocumentContent("{}".getBytes(StandardCharsets.UTF_8), TestDocumentFormat.BROKEN));
        navigate(DocumentsView.class);

        test(action(cv, "print")).click();
        var frame = $(IFrame.class).id(PdfPrint.FRAME_ID);
        assertThat(frame.getElement().getAttribute("title")).isEqualTo("Cv.pdf");
        assertThat(frame.getElement().getAttribute("src")).isNotBlank();

        assertThat(row(text).getElement().getTextRecursively()).doesNotContain("Per e-mail sturen");
        test(action(broken, "print")).click();
        assertThat($(Dialog.class).last().getElement().getTextRecursively())
                .contains("Van dit document kan nog geen pdf gemaakt worden.");
        click("notice-ok");

        test(action(cv, "folder-open-o")).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("test-documents/" + cv);
        navigate(DocumentsView.class);
        test(action(text, "folder-open-o")).click();
        assertThat(getCurrentView()).isInstanceOf(DocumentView.class);
        navigate("documents/" + cv, be.werkwinkel.kiosk.storage.TestDocumentView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).as("an old address forwards")
                .isEqualTo("test-documents/" + cv);
    }

    @Test
    void sending_twice_with_one_request_id_keeps_one_record_and_one_message() {
        var address = unique("twee") + "@voorbeeld.be";
        var account = signIn(address);
        var cv = storage.save(RequestId.random(), account, DocumentKind.CV, "Cv", TestDocumentFormat.cv(CV_TEXT));
        var request = RequestId.random();

        var first = mail.sendToMyself(request, account, cv, address, Locale.of("nl"));
        var second = mail.sendToMyself(request, account, cv, address, Locale.of("nl"));

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM storage_mail WHERE request_id = ?").param(request.toString())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE request_id = ?").param(request.toString())
                .query(Integer.class).single()).isEqualTo(1);
    }

    // ---- helpers -----------------------------------------------------------------------------

    private AccountId signIn(String email) {
        var name = unique("Bezoeker");
        var account = storage.createAccount(RequestId.random(), name, "482915", email);
        new SignedInVisitor(account, name).keepIn(UI.getCurrent().getSession());
        return account;
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private ListItem row(DocumentId document) {
        return $(ListItem.class).id("document-" + document);
    }

    private Button action(DocumentId document, String icon) {
        return $(Button.class).withClassName("storage-action-" + icon).all().stream()
                .filter(button -> button.getParent().flatMap(c -> c.getParent()).filter(row(document)::equals).isPresent())
                .findFirst().orElseThrow();
    }

    private void tapSend(DocumentId document) {
        test(action(document, "envelope-o")).click();
    }

    /** What the browser's poll does every few seconds while a mail waits. */
    private void poll() {
        var ui = UI.getCurrent();
        com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new com.vaadin.flow.component.PollEvent(ui, true));
    }

    private String mailsText() {
        return $(com.vaadin.flow.component.html.Section.class).id("storage-sent-mails").getElement().getTextRecursively();
    }

    private String title() {
        return $(com.vaadin.flow.component.html.H1.class).first().getText();
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private void switchToFrench() {
        test($(Button.class).id("language-fr")).click();
    }

    private int outboxSize() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Integer.class).single();
    }

    private static List<MimeMessage> to(GreenMail greenMail, String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equals(recipient));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static byte[] bytes(jakarta.mail.BodyPart part) throws Exception {
        var out = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(out);
        return out.toByteArray();
    }

    private static JavaMailSenderImpl smtp(int port) {
        var server = new JavaMailSenderImpl();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        server.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return server;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

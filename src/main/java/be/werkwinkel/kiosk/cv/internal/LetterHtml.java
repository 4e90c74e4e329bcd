package be.werkwinkel.kiosk.cv.internal;

import static be.werkwinkel.kiosk.cv.internal.Xhtml.add;
import static be.werkwinkel.kiosk.cv.internal.Xhtml.joined;
import static be.werkwinkel.kiosk.cv.internal.Xhtml.text;

import be.werkwinkel.kiosk.cv.Letter;
import be.werkwinkel.kiosk.cv.LetterKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A letter as XHTML, laid out as a Belgian business letter: sender top left, recipient where a
 * right-hand window envelope shows it, place and date, subject, salutation, paragraphs, closing
 * and name.
 */
final class LetterHtml {

    private LetterHtml() {
    }

    /** "Sollicitatie als magazijnier", "Spontane sollicitatie": the subject line and the e-mail's subject. */
    static String subject(Letter letter, PdfTexts texts) {
        var job = letter.jobTitle().strip();
        if (letter.kind() == LetterKind.OPEN_APPLICATION && job.isEmpty()) {
            return texts.get("cv.pdf.letter.openApplication");
        }
        return texts.get("cv.pdf.letter.subject." + letter.kind().name(), job);
    }

    static String title(Letter letter, PdfTexts texts) {
        return subject(letter, texts) + " – " + letter.sender().name().strip();
    }

    /** The letter as the plain text of an e-mail: salutation, paragraphs, closing, name. */
    static String plainText(Letter letter) {
        var parts = new ArrayList<String>();
        parts.add(letter.salutation().strip());
        letter.paragraphs().stream().map(String::strip).filter(paragraph -> !paragraph.isEmpty()).forEach(parts::add);
        parts.add(letter.closing().strip() + "\n" + letter.sender().name().strip());
        return String.join("\n\n", parts) + "\n";
    }

    static Xhtml of(Letter letter, PdfTexts texts, String css) {
        var sender = letter.sender();
        var xhtml = new Xhtml(texts.language(), title(letter, texts), sender.name().strip(), css);
        var body = xhtml.body();
        body.addClass("letter");
        text(body, "div", "running-footer", sender.name().strip());

        var from = add(body, "div", "sender");
        lines(from, List.of(sender.name(), sender.street(), joined(" ", sender.postcode(), sender.place()),
                sender.phone(), sender.email()));
        from.child(0).addClass("name");

        var recipient = letter.recipient();
        var to = add(body, "div", "recipient");
        lines(to, List.of(recipient.organisation(), recipient.contact(), recipient.street(),
                joined(" ", recipient.postcode(), recipient.place())));

        text(body, "p", "place-date", joined(", ", sender.place(), texts.date(letter.date())));
        var subject = add(body, "p", "subject");
        text(subject, "span", "label", texts.get("cv.pdf.letter.subjectLabel") + " ");
        subject.appendText(subject(letter, texts));

        text(body, "p", "salutation", letter.salutation().strip());
        for (var paragraph : letter.paragraphs()) {
            if (!paragraph.isBlank()) {
                Xhtml.freeText(add(body, "div", "paragraph"), paragraph);
            }
        }
        var closing = add(body, "div", "closing");
        text(closing, "p", "", letter.closing().strip());
        text(closing, "p", "signature", sender.name().strip());
        return xhtml;
    }

    private static void lines(org.jsoup.nodes.Element parent, List<String> lines) {
        for (var line : lines) {
            if (!line.isBlank()) {
                text(parent, "p", "", line.strip());
            }
        }
    }
}

package be.werkwinkel.kiosk.vacancy.ingest;

import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.elements;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.textOf;

import be.werkwinkel.kiosk.base.Html;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code qualifications}, {@code responsibilities}, {@code jobBenefits} and
 * {@code incentiveCompensation}, kept as text for the details screen: a text (HTML or plain), a
 * list of texts (shown as a list), or objects with a name or description (a credential).
 */
final class PostingTexts {

    static final int MAX_TEXT = 10_000;

    private PostingTexts() {
    }

    static Vacancy.Texts of(JsonNode posting, FieldNotes notes) {
        return new Vacancy.Texts(
                notes.optional("qualifications", () -> text(posting, "qualifications", notes)),
                notes.optional("responsibilities", () -> text(posting, "responsibilities", notes)),
                notes.optional("jobBenefits", () -> text(posting, "jobBenefits", notes)),
                notes.optional("incentiveCompensation", () -> text(posting, "incentiveCompensation", notes)));
    }

    private static @Nullable String text(JsonNode posting, String field, FieldNotes notes) {
        var parts = new ArrayList<String>();
        for (var element : elements(posting.get(field))) {
            var part = element.isObject() && !element.has("@value")
                    ? firstNonNull(JsonFields.text(element, "name"), JsonFields.text(element, "description"))
                    : textOf(element, field);
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        var html = parts.size() == 1 ? parts.getFirst()
                : parts.stream().map(part -> "<li>" + (part.indexOf('<') >= 0 ? part : Html.escape(part)) + "</li>")
                        .collect(Collectors.joining("", "<ul>", "</ul>"));
        var clean = HtmlText.sanitise(html);
        if (clean.text().isEmpty()) {
            return null;
        }
        if (clean.html().length() > MAX_TEXT) {
            notes.note(field + " is longer than " + MAX_TEXT + " characters; shortened");
            return HtmlText.sanitise(JsonFields.cut(clean.text(), MAX_TEXT)).html();
        }
        return clean.html();
    }

    private static @Nullable String firstNonNull(@Nullable String first, @Nullable String second) {
        return first != null ? first : second;
    }
}

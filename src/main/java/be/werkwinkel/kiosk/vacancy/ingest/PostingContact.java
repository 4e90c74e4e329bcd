package be.werkwinkel.kiosk.vacancy.ingest;

import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.absent;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.cut;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.describe;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.elements;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.plainText;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.shorten;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.text;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.textOf;

import be.werkwinkel.kiosk.vacancy.Vacancy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** How to apply: {@code url}, {@code directApply} and {@code applicationContact}. */
final class PostingContact {

    static final int MAX_URL = 2000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"'(),;:]+@[^@\\s<>\"'(),;:]+\\.[A-Za-z]{2,}");
    private static final Pattern TELEPHONE = Pattern.compile("[0-9+()./\\s-]{6,40}");
    private static final Pattern URL_SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private PostingContact() {
    }

    /**
     * An absolute http or https address; anything else (javascript:, data:, a relative path) is
     * refused, because the kiosk shows these links and turns them into QR codes.
     */
    static @Nullable String httpUrl(@Nullable String raw, String field) {
        if (raw == null) {
            return null;
        }
        var url = HtmlText.withoutControls(raw).strip().replace(" ", "%20");
        if (url.length() > MAX_URL) {
            throw new RejectedRecord(field + " is longer than " + MAX_URL + " characters");
        }
        var scheme = URL_SCHEME.matcher(url);
        if (!scheme.find()) {
            throw new RejectedRecord(field + " '" + shorten(raw) + "' is relative, not a full http(s) address");
        }
        if (!scheme.group(1).equalsIgnoreCase("http") && !scheme.group(1).equalsIgnoreCase("https")) {
            throw new RejectedRecord(field + " '" + shorten(raw) + "' is not an http(s) address");
        }
        try {
            var uri = new URI(url);
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new RejectedRecord(field + " '" + shorten(raw) + "' has no host");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new RejectedRecord(field + " '" + shorten(raw) + "' is not a valid address");
        }
    }

    static boolean directApply(@Nullable JsonNode value) {
        if (absent(value)) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isString() && value.stringValue().strip().matches("(?i)true|false")) {
            return Boolean.parseBoolean(value.stringValue().strip());
        }
        throw new RejectedRecord("directApply: expected true or false, got " + describe(value));
    }

    static Vacancy.@Nullable ApplicationContact contact(@Nullable JsonNode value) {
        var first = elements(value).stream().findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        if (!first.isObject()) {
            var text = textOf(first, "applicationContact");
            return text == null ? null : new Vacancy.ApplicationContact(null, email(text), null, null);
        }
        var name = cut(plainText(first, "name"), 200);
        var email = email(text(first, "email"));
        var telephone = telephone(text(first, "telephone"));
        var url = httpUrl(text(first, "url"), "applicationContact url");
        if (name == null && email == null && telephone == null && url == null) {
            return null;
        }
        return new Vacancy.ApplicationContact(name, email, telephone, url);
    }

    private static @Nullable String email(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        var email = HtmlText.withoutControls(raw).strip().replaceFirst("(?i)^mailto:", "");
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new RejectedRecord("applicationContact email '" + shorten(raw) + "' is not an e-mail address");
        }
        return email;
    }

    private static @Nullable String telephone(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        var telephone = HtmlText.withoutControls(raw).strip().replaceFirst("(?i)^tel:", "");
        if (!TELEPHONE.matcher(telephone).matches() || telephone.chars().filter(Character::isDigit).count() < 6) {
            throw new RejectedRecord("applicationContact telephone '" + shorten(raw) + "' is not a telephone number");
        }
        return telephone;
    }
}

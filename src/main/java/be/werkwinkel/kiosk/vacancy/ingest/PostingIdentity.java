package be.werkwinkel.kiosk.vacancy.ingest;

import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.absent;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.describe;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.elements;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Which records are JobPostings, and which vacancy each one is. Most postings on the web carry no
 * {@code identifier}; they are then known by their {@code url}, or else by a hash of the source,
 * title, employer and place, which stays the same as long as the posting does.
 */
final class PostingIdentity {

    static final int MAX_IDENTIFIER = 200;

    private static final Set<String> JOB_POSTING_TYPES = Set.of("JobPosting", "schema:JobPosting",
            "http://schema.org/JobPosting", "https://schema.org/JobPosting");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** How a record's identity was found. */
    enum Kind {
        IDENTIFIER, URL, HASH
    }

    record Identity(String value, Kind kind) {
    }

    private PostingIdentity() {
    }

    /** The values of {@code @type}; empty when it has none. */
    static List<String> types(JsonNode node) {
        var type = node.get("@type");
        if (absent(type)) {
            return List.of();
        }
        var result = new ArrayList<String>();
        for (var element : elements(type)) {
            if (element.isString()) {
                result.add(element.stringValue().strip());
            }
        }
        return result;
    }

    static boolean isJobPosting(List<String> types) {
        return types.stream().anyMatch(JOB_POSTING_TYPES::contains);
    }

    static boolean isType(List<String> types, String type) {
        return types.stream().anyMatch(found -> found.equals(type) || found.endsWith("/" + type)
                || found.equals("schema:" + type));
    }

    /** The record's identifier: a text, a whole number or a {@code PropertyValue}; null when it has none. */
    static @Nullable String identifier(JsonNode posting) {
        var identifier = identifierOf(posting.get("identifier"));
        if (identifier == null) {
            return null;
        }
        identifier = HtmlText.withoutControls(identifier).strip(); // invisible bidi marks are no part of it
        if (identifier.isEmpty()) {
            return null;
        }
        if (identifier.length() > MAX_IDENTIFIER) {
            throw new RejectedRecord("identifier is longer than " + MAX_IDENTIFIER + " characters");
        }
        if (CONTROL.matcher(identifier).find()) {
            throw new RejectedRecord("identifier contains control characters");
        }
        return identifier;
    }

    private static @Nullable String identifierOf(@Nullable JsonNode value) {
        if (absent(value)) {
            return null;
        }
        if (value.isString()) {
            var text = value.stringValue().strip();
            return text.isEmpty() ? null : text;
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isObject()) {
            var propertyValue = identifierOf(value.get("value"));
            if (propertyValue == null) {
                throw new RejectedRecord("identifier: a PropertyValue without a value");
            }
            return propertyValue;
        }
        if (value.isArray()) {
            for (var element : value) {
                var identifier = identifierOf(element);
                if (identifier != null) {
                    return identifier;
                }
            }
            return null;
        }
        throw new RejectedRecord("identifier: expected text or a whole number, got " + describe(value));
    }

    /**
     * The identifier, or else the posting's absolute {@code url}, or else a hash; null only when
     * the record has not even a title to hash.
     */
    static @Nullable Identity of(JsonNode posting, String source) {
        var identifier = identifier(posting);
        if (identifier != null) {
            return new Identity(identifier, Kind.IDENTIFIER);
        }
        String url = null;
        try {
            url = PostingContact.httpUrl(text(posting, "url"), "url");
        } catch (RejectedRecord e) {
            // a relative or broken link identifies nothing; the hash below does
        }
        if (url != null) {
            return new Identity(url.length() <= MAX_IDENTIFIER ? url : "url-" + sha256(url).substring(0, 40), Kind.URL);
        }
        String title;
        try {
            title = text(posting, "title");
            if (title == null) {
                title = text(posting, "name");
            }
        } catch (RejectedRecord e) {
            return null;
        }
        if (title == null) {
            return null;
        }
        var parts = String.join("\u0000", source, normal(title), normal(employerText(posting)),
                normal(placeText(posting)));
        return new Identity("hash-" + sha256(parts).substring(0, 40), Kind.HASH);
    }

    private static String employerText(JsonNode posting) {
        var first = elements(posting.get("hiringOrganization")).stream().findFirst().orElse(null);
        if (first == null) {
            return "";
        }
        return first.isObject() ? String.valueOf(safeText(first, "name")) : first.asString("");
    }

    private static String placeText(JsonNode posting) {
        var first = elements(posting.get("jobLocation")).stream().findFirst().orElse(null);
        if (first == null) {
            return "";
        }
        if (!first.isObject()) {
            return first.asString("");
        }
        var address = elements(first.get("address")).stream().findFirst().orElse(null);
        if (address == null) {
            return String.valueOf(safeText(first, "name"));
        }
        if (!address.isObject()) {
            return address.asString("");
        }
        return safeText(address, "postalCode") + " " + safeText(address, "addressLocality");
    }

    private static String safeText(JsonNode holder, String field) {
        try {
            var text = text(holder, field);
            return text == null ? "" : text;
        } catch (RejectedRecord e) {
            return describe(holder.get(field));
        }
    }

    private static String normal(String text) {
        return SPACES.matcher(HtmlText.plain(text)).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

package be.werkwinkel.kiosk.vacancy.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reading the loosely typed values of JSON-LD: a text may come as a string, a number, a one-element
 * list or a {@code {"@value": …}} object; anything else is a wrong type, and the record is
 * rejected with the field's name.
 */
final class JsonFields {

    private JsonFields() {
    }

    static boolean absent(@Nullable JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    /** The stripped text of {@code field}, null when absent or empty. */
    static @Nullable String text(JsonNode holder, String field) {
        return textOf(holder.get(field), field);
    }

    static @Nullable String textOf(@Nullable JsonNode value, String field) {
        if (absent(value)) {
            return null;
        }
        if (value.isString()) {
            var text = value.stringValue().strip();
            return text.isEmpty() ? null : text;
        }
        if (value.isNumber()) {
            return value.asString();
        }
        if (value.isObject() && value.has("@value")) {
            return textOf(value.get("@value"), field);
        }
        if (value.isArray() && value.size() == 1) {
            return textOf(value.get(0), field);
        }
        throw new RejectedRecord(field + ": expected text, got " + describe(value));
    }

    /** A text or a list of texts; empty when absent. */
    static List<String> texts(@Nullable JsonNode value, String field) {
        var result = new ArrayList<String>();
        for (var element : elements(value)) {
            var text = textOf(element, field);
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }

    /** The elements of a list, or the value itself as a list of one; empty when absent. */
    static List<JsonNode> elements(@Nullable JsonNode value) {
        if (absent(value)) {
            return List.of();
        }
        if (value.isArray()) {
            var result = new ArrayList<JsonNode>(value.size());
            value.forEach(element -> {
                if (!absent(element)) {
                    result.add(element);
                }
            });
            return result;
        }
        return List.of(value);
    }

    /** What a value is, for a reason in the import report. */
    static String describe(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list of " + value.size();
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "true" : "false";
        }
        if (value.isNumber()) {
            return "the number " + value.asString();
        }
        return value.isString() ? "the text '" + shorten(value.stringValue()) + "'" : value.getNodeType().name();
    }

    /** At most 60 characters of a feed's value, for quoting it in a reason. */
    static String shorten(String text) {
        var line = text.replaceAll("\\p{Cntrl}", " ");
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }

    static @Nullable String plainText(JsonNode holder, String field) {
        return plainOrNull(text(holder, field));
    }

    static @Nullable String plainOrNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        var plain = HtmlText.plain(text);
        return plain.isEmpty() ? null : plain;
    }

    /** Free text cut to {@code max} characters at a word, marked with an ellipsis. */
    static @Nullable String cut(@Nullable String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        var end = text.lastIndexOf(' ', max - 1);
        return text.substring(0, end > max / 2 ? end : max - 1).strip() + "…";
    }
}

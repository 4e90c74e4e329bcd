package be.werkwinkel.kiosk.vacancy.ingest;

import be.werkwinkel.kiosk.base.Html;
import be.werkwinkel.kiosk.vacancy.SafeMarkup;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns the HTML (or plain text) a feed sends into what the kiosk can show safely: markup limited
 * to paragraphs, lists, emphasis and line breaks, without any attribute, so no script, style, event
 * handler or link can come through. Also gives the plain text for search.
 */
final class HtmlText {

    /** Nothing that can run, load, style or navigate: only structure and emphasis, no attributes at all. */
    private static final Safelist SAFE = SafeMarkup.ALLOWED;
    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    record Description(String html, String text) {
    }

    private HtmlText() {
    }

    static Description sanitise(String raw) {
        var source = withoutControls(raw);
        if (source.isBlank()) {
            return new Description("", "");
        }
        if (source.indexOf('<') < 0 && source.contains("&lt;")) {
            // feeds that escape their HTML once more than JSON needs
            source = Parser.unescapeEntities(source, false);
        }
        var html = source.indexOf('<') >= 0 ? source : paragraphs(source);
        var dirty = Jsoup.parseBodyFragment(html);
        keepStructure(dirty);
        var clean = new Cleaner(SAFE).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        var body = clean.body();
        return new Description(body.html().strip(), body.text().strip());
    }

    /** Text without markup or entities, on one line: for titles, names and other short fields. */
    static String plain(String raw) {
        var text = raw.indexOf('<') >= 0 || raw.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(raw).body().text() : raw;
        return SPACES.matcher(withoutControls(text)).replaceAll(" ").strip();
    }

    /**
     * Without control characters (except line breaks and tabs), zero-width spaces, stray byte
     * order marks and bidi controls. A loop rather than a regular expression: it runs over every description, and
     * most have nothing to remove.
     */
    static String withoutControls(String text) {
        var first = 0;
        while (first < text.length() && !isControl(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        var result = new StringBuilder(text.length()).append(text, 0, first);
        for (var i = first; i < text.length(); i++) {
            var c = text.charAt(i);
            if (!isControl(c)) {
                result.append(c);
            }
        }
        return result.toString();
    }

    /**
     * Also the bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): in
     * a title or name they can make text read backwards or hide what follows ("Trojan Source").
     */
    private static boolean isControl(char c) {
        return c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c >= 0x7F && c <= 0x9F || c == '\u200B'
                || c == '\uFEFF' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /**
     * Headings and plain divisions would lose their line breaks once their tags are dropped, so
     * they become paragraphs (a heading in bold) before cleaning.
     */
    private static void keepStructure(Document document) {
        for (var heading : document.body().select("h1, h2, h3, h4, h5, h6")) {
            heading.tagName("p");
            var strong = document.createElement("strong");
            strong.appendChildren(heading.childNodesCopy());
            heading.empty().appendChild(strong);
        }
        for (var division : document.body().select("div")) {
            if (division.select("p, div, ul, ol, table, h1, h2, h3, h4, h5, h6").size() == 1) {
                division.tagName("p"); // only itself: a division holding inline content, used as a paragraph
            }
        }
    }

    /** Plain text: blank lines separate paragraphs, single line breaks stay line breaks. */
    private static String paragraphs(String text) {
        return BLANK_LINE.splitAsStream(text.strip())
                .map(paragraph -> LINE_BREAK.splitAsStream(paragraph.strip()).map(Html::escape)
                        .collect(Collectors.joining("<br>")))
                .map(paragraph -> "<p>" + paragraph + "</p>")
                .collect(Collectors.joining());
    }
}

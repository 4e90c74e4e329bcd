package be.werkwinkel.kiosk.cv.internal;

import be.werkwinkel.kiosk.base.KioskLanguage;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Builds the XHTML of a document as a DOM: visitor text only ever goes into text nodes and
 * attribute values (jsoup's {@link Element#text(String)}, {@link Element#attr(String, String)}),
 * never into markup, so {@code <script>} typed in a field prints as those characters.
 */
final class Xhtml {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-•*–·]\\s+");

    private final Document document;

    Xhtml(KioskLanguage language, String title, String author, String css) {
        document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        var html = document.selectFirst("html");
        html.attr("lang", language.code());
        var head = document.head();
        head.appendElement("title").text(title);
        head.appendElement("meta").attr("name", "author").attr("content", author);
        head.appendElement("meta").attr("name", "subject").attr("content", title);
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css));
    }

    Element body() {
        return document.body();
    }

    org.w3c.dom.Document w3c() {
        return new W3CDom().fromJsoup(document);
    }

    /** For tests and debugging: the markup as it goes to the renderer. */
    String html() {
        return document.outerHtml();
    }

    static Element add(Element parent, String tag, String className) {
        var element = parent.appendElement(tag);
        if (!className.isEmpty()) {
            element.addClass(className);
        }
        return element;
    }

    static Element text(Element parent, String tag, String className, String text) {
        return add(parent, tag, className).text(text);
    }

    /**
     * Free text as typed: a paragraph per block of lines; lines that start with a dash or bullet
     * become a list, other line breaks are kept.
     */
    static void freeText(Element parent, String text) {
        Element list = null;
        Element paragraph = null;
        for (var line : LINE_BREAK.split(text.strip(), -1)) {
            if (line.isBlank()) {
                list = null;
                paragraph = null;
                continue;
            }
            var bullet = BULLET.matcher(line);
            if (bullet.find()) {
                paragraph = null;
                if (list == null) {
                    list = add(parent, "ul", "tasks");
                }
                list.appendElement("li").text(line.substring(bullet.end()).strip());
            } else {
                list = null;
                if (paragraph == null) {
                    paragraph = add(parent, "p", "text");
                    paragraph.appendText(line.strip());
                } else {
                    paragraph.appendElement("br");
                    paragraph.appendText(line.strip());
                }
            }
        }
    }

    /** Non-blank parts joined by a separator, e.g. "Colruyt, Halle". */
    static String joined(String separator, String... parts) {
        return String.join(separator, List.of(parts).stream().map(String::strip).filter(part -> !part.isEmpty()).toList());
    }
}

package be.werkwinkel.kiosk.vacancy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The only markup a posting's texts may carry on a kiosk screen: structure and emphasis, no
 * attributes, nothing that can run, load, style or navigate. Imports clean to it; the details
 * screen cleans again before it sets the markup, since on a terminal the text came over the
 * network from the hub.
 */
public final class SafeMarkup {

    /** Paragraphs, line breaks, lists and emphasis; no attributes at all. */
    public static final Safelist ALLOWED = new Safelist().addTags("p", "br", "ul", "ol", "li", "strong", "em", "b", "i");

    private SafeMarkup() {
    }

    /** The markup with everything else taken out. */
    public static String clean(String html) {
        return Jsoup.clean(html, "", ALLOWED, new Document.OutputSettings().prettyPrint(false));
    }
}

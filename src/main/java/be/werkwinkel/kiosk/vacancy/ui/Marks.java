package be.werkwinkel.kiosk.vacancy.ui;

import be.werkwinkel.kiosk.vacancy.MarkedText;
import com.vaadin.flow.dom.Element;

/**
 * Shows a {@link MarkedText} as text nodes with the matches in {@code <mark>} elements: the text
 * is never parsed as HTML, so nothing in a vacancy can inject markup.
 */
final class Marks {

    private Marks() {
    }

    static void show(Element parent, MarkedText marked) {
        var text = marked.text();
        var position = 0;
        for (var mark : marked.marks()) {
            if (mark.start() > position) {
                parent.appendChild(Element.createText(text.substring(position, mark.start())));
            }
            parent.appendChild(new Element("mark").setText(text.substring(mark.start(), mark.end())));
            position = mark.end();
        }
        if (position < text.length()) {
            parent.appendChild(Element.createText(text.substring(position)));
        }
    }
}

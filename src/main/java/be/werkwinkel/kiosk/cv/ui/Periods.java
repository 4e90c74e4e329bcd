package be.werkwinkel.kiosk.cv.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** "maart 2021 – heden": a period on a card, in the screen's language. */
final class Periods {

    private Periods() {
    }

    static String text(Component owner, @Nullable YearMonth from, @Nullable YearMonth to) {
        var format = DateTimeFormatter.ofPattern("LLLL yyyy", UI.getCurrent().getLocale());
        var start = from == null ? "?" : format.format(from);
        var end = to == null ? owner.getTranslation("cv.period.now") : format.format(to);
        return start + " – " + end;
    }
}

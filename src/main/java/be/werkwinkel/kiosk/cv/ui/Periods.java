package be.werkwinkel.kiosk.cv.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** "maart 2021 – nu · Colruyt, Halle": a period on a card, in the screen's language. */
final class Periods {

    private Periods() {
    }

    /** The period, then where: the names that are not empty, after a dot. */
    static String text(Component owner, @Nullable YearMonth from, @Nullable YearMonth to, String... where) {
        var format = DateTimeFormatter.ofPattern("LLLL yyyy", UI.getCurrent().getLocale());
        var start = from == null ? "?" : format.format(from);
        var end = to == null ? owner.getTranslation("cv.period.now") : format.format(to);
        var place = String.join(", ", java.util.Arrays.stream(where).filter(name -> !name.isBlank()).toList());
        return start + " – " + end + (place.isEmpty() ? "" : " · " + place);
    }
}

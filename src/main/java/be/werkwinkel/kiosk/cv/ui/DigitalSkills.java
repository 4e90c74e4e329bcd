package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.reference.PlainText;
import com.vaadin.flow.component.Component;
import java.util.List;

/** The digital skills offered to tap in step 5, in the CV's language ({@code cv.digital.<id>}). */
final class DigitalSkills {

    static final List<String> IDS = List.of("email", "internet", "smartphone", "forms", "itsme", "word", "excel",
            "video", "socialMedia", "onlineBanking", "cashRegister", "scanner", "onlineLearning", "photos");

    private DigitalSkills() {
    }

    static List<String> labels(Component owner, Cv cv) {
        return IDS.stream().map(id -> owner.getTranslation(cv.language().locale(), "cv.digital." + id)).toList();
    }

    static List<String> suggest(Component owner, Cv cv, String typed) {
        var wanted = PlainText.normalise(typed);
        return labels(owner, cv).stream().filter(label -> PlainText.normalise(label).contains(wanted))
                .limit(SuggestingField.SHOWN).toList();
    }
}

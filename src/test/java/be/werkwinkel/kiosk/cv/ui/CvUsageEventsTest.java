package be.werkwinkel.kiosk.cv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.cv.Cefr;
import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvTemplate;
import be.werkwinkel.kiosk.cv.DocumentMade;
import be.werkwinkel.kiosk.cv.DrivingLicence;
import be.werkwinkel.kiosk.kiosk.PdfPrinted;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.support.KioskTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the CV wizard tells the usage statistics (decision 035): a new CV once, every PDF printed. */
@KioskTest
@RecordApplicationEvents
class CvUsageEventsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationEvents events;

    @Test
    void a_new_cv_counts_once_as_made_and_each_print_as_a_pdf_printed() {
        var draft = Draft.start(UI.getCurrent().getSession(), Cv.class, cv(), null, null);
        draft.goTo(CvStep.values().length - 1);
        navigate(CvWizardView.class);

        test($(Button.class).id("cv-print")).click();
        test($(Button.class).id("cv-print")).click();

        assertThat(events.stream(PdfPrinted.class)).hasSize(2);
        assertThat(events.stream(DocumentMade.class)).singleElement()
                .satisfies(made -> assertThat(made.kind()).isEqualTo(DocumentKind.CV));
    }

    @Test
    void a_cv_opened_from_my_documents_is_not_a_new_one() {
        var draft = Draft.start(UI.getCurrent().getSession(), Cv.class, cv(), new DocumentId(UUID.randomUUID()), "Mijn cv");
        draft.goTo(CvStep.values().length - 1);
        navigate(CvWizardView.class);

        test($(Button.class).id("cv-print")).click();

        assertThat(events.stream(PdfPrinted.class)).hasSize(1);
        assertThat(events.stream(DocumentMade.class)).isEmpty();
    }

    private static Cv cv() {
        return new Cv(KioskLanguage.DUTCH, CvTemplate.EUROPASS,
                new Cv.Person("Jan Peeters", "Magazijnier", "jan.peeters@voorbeeld.be", "+32 470 12 34 56",
                        "Kerkstraat 1", "9000", "Gent"),
                List.of(new Cv.Job("Magazijnier", "Colruyt Group", "Halle", YearMonth.of(2021, 3), null,
                        "Orders klaarmaken.")),
                List.of(new Cv.Study("Heftruckattest", "VDAB", "Gent", YearMonth.of(2021, 1), YearMonth.of(2021, 2), "")),
                List.of(Cv.LanguageSkill.motherTongue("Nederlands"),
                        new Cv.LanguageSkill("Frans", false, Cefr.B1, Cefr.B1, Cefr.A2, Cefr.A2, Cefr.A2)),
                List.of("E-mail"), Set.of(DrivingLicence.B), List.of("Stipt"), "Ik werk graag met mijn handen.");
    }
}

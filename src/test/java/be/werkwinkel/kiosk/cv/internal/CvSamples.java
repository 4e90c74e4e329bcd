package be.werkwinkel.kiosk.cv.internal;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.cv.Cefr;
import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvTemplate;
import be.werkwinkel.kiosk.cv.DrivingLicence;
import be.werkwinkel.kiosk.cv.Letter;
import be.werkwinkel.kiosk.cv.LetterKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** CVs and letters as visitors make them, with the accents of the names they carry. */
final class CvSamples {

    static final Cv.Person PERSON = new Cv.Person("Łucja Gökçe-Đorđević", "Magazijnier en heftruckchauffeur",
            "lucja.gokce@voorbeeld.be", "+32 470 12 34 56", "Rue de l’Église 12 bus 3", "9000", "Gent");

    private CvSamples() {
    }

    static Cv full(KioskLanguage language, CvTemplate template) {
        return new Cv(language, template, PERSON,
                List.of(new Cv.Job("Magazijnier", "Colruyt Group", "Halle", YearMonth.of(2021, 3), null,
                                "- Orders klaarmaken met de handscanner\n- Vrachtwagens laden en lossen\n- Heftruck en reachtruck besturen"),
                        new Cv.Job("Kassière", "Carrefour Market", "Şişli, İstanbul", YearMonth.of(2017, 9),
                                YearMonth.of(2020, 12), "Klanten helpen aan de kassa.\nDe winkel ’s avonds afsluiten.")),
                List.of(new Cv.Study("Heftruckattest", "VDAB Competentiecentrum", "Gent", YearMonth.of(2021, 1),
                                YearMonth.of(2021, 2), ""),
                        new Cv.Study("Diploma secundair onderwijs – Handel", "Lycée Ştefan cel Mare", "Suceava",
                                YearMonth.of(2011, 9), YearMonth.of(2015, 6), "Richting boekhouding en ţară-taal")),
                List.of(Cv.LanguageSkill.motherTongue("Turks"), Cv.LanguageSkill.motherTongue("Pools"),
                        new Cv.LanguageSkill("Nederlands", false, Cefr.B1, Cefr.B1, Cefr.A2, Cefr.A2, Cefr.A2),
                        new Cv.LanguageSkill("Frans", false, Cefr.B2, Cefr.B2, Cefr.B1, Cefr.B1, Cefr.A2),
                        new Cv.LanguageSkill("Engels", false, Cefr.C1, Cefr.C1, Cefr.B2, Cefr.B2, Cefr.B2)),
                List.of("E-mail", "Word", "Excel", "Online solliciteren"),
                Set.of(DrivingLicence.C, DrivingLicence.B, DrivingLicence.CE),
                List.of("Nauwkeurig", "Stipt", "Werkt graag in ploegen", "Heftruck"),
                "Ik werk graag met mijn handen en ben altijd op tijd. Ik zoek een vaste job in een magazijn in de buurt van Gent.\nIk kan vroeg beginnen.");
    }

    static Letter letter(KioskLanguage language) {
        return new Letter(language, LetterKind.VACANCY, PERSON,
                new Letter.Recipient("Van Moer Logistics nv", "Mevrouw Ann Peeters, HR", "Industrieweg 7", "9052",
                        "Zwijnaarde", "jobs@vanmoer.example"),
                "magazijnmedewerker", "vac-123", LocalDate.of(2026, 12, 1), "Geachte mevrouw Peeters,",
                List.of("Met veel interesse las ik uw vacature voor magazijnmedewerker op de website van de VDAB.",
                        "Ik heb vier jaar ervaring als magazijnier bij Colruyt in Halle. Ik heb een heftruckattest en rijbewijs C.",
                        "Graag vertel ik u meer in een gesprek."),
                "Met vriendelijke groeten,");
    }

    /** A CV with many jobs, long enough for two or three pages. */
    static Cv longCv(KioskLanguage language, CvTemplate template, int jobs) {
        var list = new ArrayList<Cv.Job>();
        for (int i = 0; i < jobs; i++) {
            list.add(new Cv.Job("Functie " + (i + 1) + " – productiemedewerker", "Bedrijf " + (i + 1) + " bv", "Aalst",
                    YearMonth.of(2000 + i, 1 + i % 12), YearMonth.of(2001 + i, 1 + i % 12),
                    "- Machines bedienen en bijstellen\n- Kwaliteitscontrole op de lijn\n- Werken in drie ploegen\n- Nieuwe collega’s opleiden"));
        }
        var base = full(language, template);
        return new Cv(language, template, base.person(), list, base.studies(), base.languages(), base.digitalSkills(),
                base.licences(), base.skills(), base.aboutMe());
    }
}

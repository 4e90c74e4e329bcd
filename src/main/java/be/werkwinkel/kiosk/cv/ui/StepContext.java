package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import java.util.List;

/** What the steps of the wizard share: the checks, the suggestion sources and the screen's language. */
record StepContext(CvCheck check, VacancySearch vacancies, BelgianPlaces places, SkillSuggestions skills,
        KioskLanguage screen) {

    /** Job titles as people write them, in the screen's language (ESCO and vacancy titles). */
    List<String> jobTitles(String typed) {
        return vacancies.suggest(typed, screen, SuggestingField.SHOWN);
    }
}

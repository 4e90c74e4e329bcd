package be.werkwinkel.kiosk.cv;

import be.werkwinkel.kiosk.base.KioskLanguage;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A CV as the wizard builds it: one topic per step. Text is plain text as the visitor typed it;
 * whatever shows it (screen, PDF, e-mail, JSON) escapes it. No photo, birth date, nationality or
 * marital status: Belgian anti-discrimination advice (decision 016). {@link CvCheck} says what is
 * wrong with one; a CV is saved only when it has nothing wrong.
 *
 * @param language the language of the CV's headings and dates, chosen by the visitor (the screen's
 *     language by default)
 */
public record Cv(KioskLanguage language, CvTemplate template, Person person, List<Job> jobs, List<Study> studies,
        List<LanguageSkill> languages, List<String> digitalSkills, Set<DrivingLicence> licences,
        List<String> skills, String aboutMe) {

    public Cv {
        jobs = List.copyOf(jobs);
        studies = List.copyOf(studies);
        languages = List.copyOf(languages);
        digitalSkills = List.copyOf(digitalSkills);
        licences = licences.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(licences));
        skills = List.copyOf(skills);
    }

    /** A new, empty CV in this language. */
    public static Cv empty(KioskLanguage language) {
        return new Cv(language, CvTemplate.EUROPASS, Person.EMPTY, List.of(), List.of(), List.of(), List.of(), Set.of(),
                List.of(), "");
    }

    public Cv inLanguage(KioskLanguage language) {
        return new Cv(language, template, person, jobs, studies, languages, digitalSkills, licences, skills, aboutMe);
    }

    public Cv withTemplate(CvTemplate template) {
        return new Cv(language, template, person, jobs, studies, languages, digitalSkills, licences, skills, aboutMe);
    }

    public Cv withPerson(Person person) {
        return new Cv(language, template, person, jobs, studies, languages, digitalSkills, licences, skills, aboutMe);
    }

    public Cv withJobs(List<Job> jobs) {
        return new Cv(language, template, person, jobs, studies, languages, digitalSkills, licences, skills, aboutMe);
    }

    public Cv withStudies(List<Study> studies) {
        return new Cv(language, template, person, jobs, studies, languages, digitalSkills, licences, skills, aboutMe);
    }

    public Cv withLanguages(List<LanguageSkill> languages) {
        return new Cv(language, template, person, jobs, studies, languages, digitalSkills, licences, skills, aboutMe);
    }

    public Cv withDigitalSkills(List<String> digitalSkills) {
        return new Cv(language, template, person, jobs, studies, languages, digitalSkills, licences, skills, aboutMe);
    }

    public Cv withLicences(Set<DrivingLicence> licences) {
        return new Cv(language, template, person, jobs, studies, languages, digitalSkills, licences, skills, aboutMe);
    }

    public Cv withSkills(List<String> skills) {
        return new Cv(language, template, person, jobs, studies, languages, digitalSkills, licences, skills, aboutMe);
    }

    public Cv withAboutMe(String aboutMe) {
        return new Cv(language, template, person, jobs, studies, languages, digitalSkills, licences, skills, aboutMe);
    }

    /** Who the CV is about and how to reach them; every field may be empty but the name. */
    public record Person(String name, String headline, String email, String phone, String street, String postcode,
            String place) {

        public static final Person EMPTY = new Person("", "", "", "", "", "", "");
    }

    /**
     * A job, traineeship or volunteer work.
     *
     * @param to empty while the visitor still works there
     */
    public record Job(String title, String employer, String place, @Nullable YearMonth from, @Nullable YearMonth to,
            String tasks) {
    }

    /**
     * A school, course or training.
     *
     * @param to empty while the visitor still follows it
     */
    public record Study(String qualification, String school, String place, @Nullable YearMonth from, @Nullable YearMonth to,
            String details) {
    }

    /**
     * A language the visitor knows, self-assessed on the CEFR grid (Europass). A mother tongue has
     * no levels.
     *
     * @param language the language's name as the visitor chose or typed it, e.g. "Nederlands"
     */
    public record LanguageSkill(String language, boolean motherTongue, @Nullable Cefr listening,
            @Nullable Cefr reading, @Nullable Cefr spokenInteraction, @Nullable Cefr spokenProduction,
            @Nullable Cefr writing) {

        public static LanguageSkill motherTongue(String language) {
            return new LanguageSkill(language, true, null, null, null, null, null);
        }
    }
}

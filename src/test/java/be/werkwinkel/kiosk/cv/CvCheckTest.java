package be.werkwinkel.kiosk.cv;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.cv.FieldProblem.Problem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CvCheckTest {

    private final CvCheck check = new CvCheck(Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneId.of("Europe/Brussels")));

    private static Cv named(String name) {
        return Cv.empty(KioskLanguage.DUTCH).withPerson(new Cv.Person(name, "", "", "", "", "", ""));
    }

    private static Cv.Job job(YearMonth from, YearMonth to) {
        return new Cv.Job("Magazijnier", "Colruyt", "Halle", from, to, "");
    }

    @Test
    void a_cv_with_a_name_and_accents_everywhere_has_no_problems() {
        var cv = named("Zoë Çelik-Łukasiewicz").withJobs(List.of(job(YearMonth.of(2019, 3), null)))
                .withLanguages(List.of(Cv.LanguageSkill.motherTongue("Türkçe"),
                        new Cv.LanguageSkill("Nederlands", false, Cefr.B1, Cefr.A2, Cefr.A2, Cefr.A2, Cefr.A1)))
                .withLicences(Set.of(DrivingLicence.B, DrivingLicence.CE))
                .withSkills(List.of("Heftruck rijden", "<script>alert(1)</script>"));
        assertThat(check.problems(cv)).isEmpty();
    }

    @Test
    void the_name_is_the_one_thing_a_cv_cannot_do_without() {
        assertThat(check.problems(named("  "))).containsExactly(new FieldProblem("person.name", Problem.REQUIRED, 0));
    }

    @Test
    void e_mail_phone_and_postcode_are_checked_only_when_given() {
        var person = new Cv.Person("Ahmed", "", "ahmed@", "12", "", "9", "");
        var problems = check.problems(Cv.empty(KioskLanguage.FRENCH).withPerson(person));
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("person.email", Problem.EMAIL),
                org.assertj.core.groups.Tuple.tuple("person.phone", Problem.PHONE),
                org.assertj.core.groups.Tuple.tuple("person.postcode", Problem.POSTCODE));
        var fine = new Cv.Person("Ahmed", "", "ahmed.benali@voorbeeld.be", "+32 470 12 34 56", "", "9000", "Gent");
        assertThat(check.problems(Cv.empty(KioskLanguage.FRENCH).withPerson(fine))).isEmpty();
    }

    @Test
    void dates_must_make_sense() {
        var cv = named("Ana").withJobs(List.of(
                job(YearMonth.of(2020, 5), YearMonth.of(2019, 1)),
                job(YearMonth.of(2027, 1), null),
                job(YearMonth.of(1949, 12), YearMonth.of(1960, 1)),
                new Cv.Job("Kok", "", "", null, null, "")));
        assertThat(check.problems(cv)).containsExactly(
                new FieldProblem("jobs.0.to", Problem.ENDS_BEFORE_START, 0),
                new FieldProblem("jobs.1.from", Problem.IN_THE_FUTURE, 0),
                new FieldProblem("jobs.2.from", Problem.YEAR_OUT_OF_RANGE, CvCheck.FIRST_YEAR),
                new FieldProblem("jobs.3.from", Problem.REQUIRED, 0));
    }

    @Test
    void a_study_may_end_in_the_coming_years_but_a_job_may_not() {
        var study = new Cv.Study("Bachelor verpleegkunde", "Artevelde", "Gent", YearMonth.of(2024, 9), YearMonth.of(2027, 6), "");
        assertThat(check.problems(named("Ana").withStudies(List.of(study)))).isEmpty();
        assertThat(check.problems(named("Ana").withJobs(List.of(job(YearMonth.of(2024, 9), YearMonth.of(2027, 6))))))
                .containsExactly(new FieldProblem("jobs.0.to", Problem.IN_THE_FUTURE, 0));
    }

    @Test
    void a_language_that_is_not_a_mother_tongue_needs_all_five_levels() {
        var cv = named("Ana").withLanguages(List.of(new Cv.LanguageSkill("Frans", false, Cefr.B1, null, Cefr.A2, Cefr.A2, Cefr.A1)));
        assertThat(check.problems(cv)).containsExactly(new FieldProblem("languages.0.levels", Problem.LEVEL_MISSING, 0));
    }

    @Test
    void lengths_counts_and_control_characters_are_limited() {
        var cv = named("A".repeat(CvCheck.NAME + 1))
                .withSkills(java.util.stream.IntStream.range(0, CvCheck.TAGS + 1).mapToObj(i -> "skill " + i).toList())
                .withAboutMe("bell\u0007");
        assertThat(check.problems(cv)).containsExactly(
                new FieldProblem("person.name", Problem.TOO_LONG, CvCheck.NAME),
                new FieldProblem("skills", Problem.TOO_MANY, CvCheck.TAGS),
                new FieldProblem("aboutMe", Problem.UNPRINTABLE, 0));
    }

    @Test
    void a_letter_needs_an_employer_a_job_unless_open_and_some_text() {
        var letter = new Letter(KioskLanguage.DUTCH, LetterKind.VACANCY, new Cv.Person("Ana", "", "", "", "", "", ""),
                Letter.Recipient.EMPTY, "", null, LocalDate.of(2026, 12, 2), "Geachte,", List.of("", " "), "Groeten,");
        assertThat(check.problems(letter)).extracting(FieldProblem::field)
                .containsExactly("recipient.organisation", "jobTitle", "paragraphs");
        var open = new Letter(KioskLanguage.DUTCH, LetterKind.OPEN_APPLICATION, letter.sender(),
                new Letter.Recipient("Bakkerij Janssens", "", "", "", "", "sollicitatie@janssens.be"), "", null,
                letter.date(), "Geachte,", List.of("Ik zoek werk."), "Groeten,");
        assertThat(check.problems(open)).isEmpty();
    }
}

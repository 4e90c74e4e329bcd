package be.werkwinkel.kiosk.cv;

import be.werkwinkel.kiosk.cv.FieldProblem.Problem;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong with a CV or a letter, field by field. The wizard asks after each step and shows
 * the answers next to the fields; a CV or letter is saved, rendered or imported only with none.
 * Lengths count characters as typed; HTML is not refused (it is shown as text everywhere).
 */
public final class CvCheck {

    public static final int FIRST_YEAR = 1950;
    public static final int NAME = 80;
    public static final int LINE = 100;
    public static final int EMAIL = 254;
    public static final int PHONE = 25;
    public static final int POSTCODE = 10;
    public static final int PLACE = 60;
    public static final int TEXT = 1000;
    public static final int ABOUT_ME = 800;
    public static final int TAG = 60;
    public static final int JOBS = 30;
    public static final int STUDIES = 20;
    public static final int LANGUAGES = 10;
    public static final int TAGS = 30;
    public static final int PARAGRAPHS = 8;
    /** A study may end some years ahead (the expected diploma); a job cannot. */
    public static final int STUDY_YEARS_AHEAD = 6;

    /** Two parts around an @, a dot in the domain, no spaces: what mail servers take, not RFC 5322. */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[0-9 ./()-]{6,24}");
    private static final Pattern POSTCODE_PATTERN = Pattern.compile("[A-Za-z0-9 -]{2,10}");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cs}\\p{Co}\\p{Cn}]");

    private final Clock clock;

    public CvCheck(Clock clock) {
        this.clock = clock;
    }

    /** Everything wrong with the CV; empty when it may be saved. */
    public List<FieldProblem> problems(Cv cv) {
        var found = new Found();
        person(found, "person.", cv.person(), true);
        found.line("person.headline", cv.person().headline(), LINE);
        found.count("jobs", cv.jobs().size(), JOBS);
        for (int i = 0; i < cv.jobs().size(); i++) {
            var job = cv.jobs().get(i);
            var at = "jobs." + i + ".";
            found.required(at + "title", job.title(), LINE);
            found.line(at + "employer", job.employer(), LINE);
            found.line(at + "place", job.place(), PLACE);
            found.period(at, job.from(), job.to(), 0);
            found.text(at + "tasks", job.tasks(), TEXT);
        }
        found.count("studies", cv.studies().size(), STUDIES);
        for (int i = 0; i < cv.studies().size(); i++) {
            var study = cv.studies().get(i);
            var at = "studies." + i + ".";
            found.required(at + "qualification", study.qualification(), LINE);
            found.line(at + "school", study.school(), LINE);
            found.line(at + "place", study.place(), PLACE);
            found.period(at, study.from(), study.to(), STUDY_YEARS_AHEAD);
            found.text(at + "details", study.details(), TEXT);
        }
        found.count("languages", cv.languages().size(), LANGUAGES);
        for (int i = 0; i < cv.languages().size(); i++) {
            var language = cv.languages().get(i);
            var at = "languages." + i + ".";
            found.required(at + "language", language.language(), TAG);
            if (!language.motherTongue() && (language.listening() == null || language.reading() == null
                    || language.spokenInteraction() == null || language.spokenProduction() == null
                    || language.writing() == null)) {
                found.add(at + "levels", Problem.LEVEL_MISSING, 0);
            }
        }
        found.tags("digitalSkills", cv.digitalSkills());
        found.tags("skills", cv.skills());
        found.text("aboutMe", cv.aboutMe(), ABOUT_ME);
        return found.problems;
    }

    /** Everything wrong with the letter; empty when it may be saved. */
    public List<FieldProblem> problems(Letter letter) {
        var found = new Found();
        person(found, "sender.", letter.sender(), true);
        var recipient = letter.recipient();
        found.required("recipient.organisation", recipient.organisation(), LINE);
        found.line("recipient.contact", recipient.contact(), LINE);
        found.line("recipient.street", recipient.street(), LINE);
        found.postcode("recipient.postcode", recipient.postcode());
        found.line("recipient.place", recipient.place(), PLACE);
        found.email("recipient.email", recipient.email());
        if (letter.kind() == LetterKind.OPEN_APPLICATION) {
            found.line("jobTitle", letter.jobTitle(), LINE);
        } else {
            found.required("jobTitle", letter.jobTitle(), LINE);
        }
        found.required("salutation", letter.salutation(), LINE);
        found.count("paragraphs", letter.paragraphs().size(), PARAGRAPHS);
        if (letter.paragraphs().stream().allMatch(String::isBlank)) {
            found.add("paragraphs", Problem.REQUIRED, 0);
        }
        for (int i = 0; i < letter.paragraphs().size(); i++) {
            found.text("paragraphs." + i, letter.paragraphs().get(i), TEXT);
        }
        found.required("closing", letter.closing(), LINE);
        return found.problems;
    }

    private static void person(Found found, String at, Cv.Person person, boolean nameRequired) {
        if (nameRequired) {
            found.required(at + "name", person.name(), NAME);
        } else {
            found.line(at + "name", person.name(), NAME);
        }
        found.email(at + "email", person.email());
        found.phone(at + "phone", person.phone());
        found.line(at + "street", person.street(), LINE);
        found.postcode(at + "postcode", person.postcode());
        found.line(at + "place", person.place(), PLACE);
    }

    private final class Found {

        final List<FieldProblem> problems = new ArrayList<>();

        void add(String field, Problem problem, int limit) {
            problems.add(new FieldProblem(field, problem, limit));
        }

        void required(String field, String value, int limit) {
            if (value.isBlank()) {
                add(field, Problem.REQUIRED, 0);
            } else {
                line(field, value, limit);
            }
        }

        void line(String field, String value, int limit) {
            if (value.length() > limit) {
                add(field, Problem.TOO_LONG, limit);
            } else if (UNPRINTABLE.matcher(value).find() || value.indexOf('\n') >= 0) {
                add(field, Problem.UNPRINTABLE, 0);
            }
        }

        void text(String field, String value, int limit) {
            if (value.length() > limit) {
                add(field, Problem.TOO_LONG, limit);
            } else if (UNPRINTABLE.matcher(value).find()) {
                add(field, Problem.UNPRINTABLE, 0);
            }
        }

        void count(String field, int count, int limit) {
            if (count > limit) {
                add(field, Problem.TOO_MANY, limit);
            }
        }

        void tags(String field, List<String> tags) {
            count(field, tags.size(), TAGS);
            for (int i = 0; i < tags.size(); i++) {
                required(field + "." + i, tags.get(i), TAG);
            }
        }

        void email(String field, String value) {
            if (value.isBlank()) {
                return;
            }
            if (value.length() > EMAIL) {
                add(field, Problem.TOO_LONG, EMAIL);
            } else if (!EMAIL_ADDRESS.matcher(value.strip()).matches()) {
                add(field, Problem.EMAIL, 0);
            }
        }

        void phone(String field, String value) {
            if (value.isBlank()) {
                return;
            }
            var digits = value.chars().filter(Character::isDigit).count();
            if (value.length() > PHONE) {
                add(field, Problem.TOO_LONG, PHONE);
            } else if (!PHONE_NUMBER.matcher(value.strip()).matches() || digits < 6) {
                add(field, Problem.PHONE, 0);
            }
        }

        void postcode(String field, String value) {
            if (!value.isBlank() && !POSTCODE_PATTERN.matcher(value.strip()).matches()) {
                add(field, value.length() > POSTCODE ? Problem.TOO_LONG : Problem.POSTCODE, POSTCODE);
            }
        }

        void period(String at, @Nullable YearMonth from, @Nullable YearMonth to, int yearsAhead) {
            var now = YearMonth.now(clock);
            if (from == null) {
                add(at + "from", Problem.REQUIRED, 0);
                return;
            }
            if (from.getYear() < FIRST_YEAR) {
                add(at + "from", Problem.YEAR_OUT_OF_RANGE, FIRST_YEAR);
            } else if (from.isAfter(now.plusYears(yearsAhead))) {
                add(at + "from", Problem.IN_THE_FUTURE, 0);
            }
            if (to == null) {
                return;
            }
            if (to.isBefore(from)) {
                add(at + "to", Problem.ENDS_BEFORE_START, 0);
            } else if (to.isAfter(now.plusYears(yearsAhead))) {
                add(at + "to", yearsAhead == 0 ? Problem.IN_THE_FUTURE : Problem.YEAR_OUT_OF_RANGE, 0);
            }
        }
    }
}

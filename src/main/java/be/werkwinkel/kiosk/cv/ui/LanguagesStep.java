package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.base.ui.BigButton;
import be.werkwinkel.kiosk.cv.Cefr;
import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.cv.FieldProblem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Step 4: languages, each either a mother tongue or self-assessed on the Europass (CEFR) grid:
 * five skills, six levels, each level said in one plain sentence when it is tapped.
 */
final class LanguagesStep extends StepForm<Cv> {

    /** Languages visitors of Flemish job shops often speak, as ISO 639 codes; names come from the JDK. */
    static final List<String> COMMON = List.of("nl", "fr", "en", "de", "ar", "tr", "es", "it", "pl", "ro", "pt", "ru",
            "uk", "bg", "sq", "so", "ti", "fa", "ps");

    /** The five skills of the grid, in Europass order; keys {@code cv.cefr.<skill>}. */
    enum Skill {
        listening("cv.cefr.listening."),
        reading("cv.cefr.reading."),
        spokenInteraction("cv.cefr.spokenInteraction."),
        spokenProduction("cv.cefr.spokenProduction."),
        writing("cv.cefr.writing.");

        /** The prefix of the levels' plain sentences, {@code <prefix><level>}. */
        final String levels;

        Skill(String levels) {
            this.levels = levels;
        }
    }

    private final Locale cvLocale;
    private final List<Row> rows = new ArrayList<>();
    private final UnorderedList cards = new UnorderedList();
    private final Div adding = new Div();
    private List<FieldProblem> problems = List.of();

    LanguagesStep(Cv cv) {
        cvLocale = cv.language().locale();
        cv.languages().forEach(language -> rows.add(new Row(language)));
        cards.addClassName("cv-entries");
        cards.setId("cv-languages");
        adding.addClassName("cv-language-add");
        add(cards, adding);
        draw();
    }

    @Override
    Cv collect(Cv cv) {
        return cv.withLanguages(rows.stream().map(Row::value).toList());
    }

    @Override
    void show(List<FieldProblem> found) {
        problems = found;
        showOthers(found.stream().filter(p -> !p.field().matches("languages\\.\\d+\\..*")).toList());
        draw();
    }

    /** The language's name in the CV's language, with a capital: "Néerlandais". */
    static String name(String code, Locale in) {
        var name = Locale.forLanguageTag(code).getDisplayLanguage(in);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(in) + name.substring(1);
    }

    private void draw() {
        cards.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            cards.add(card(i, rows.get(i)));
        }
        adding.removeAll();
        if (rows.size() >= CvCheck.LANGUAGES) {
            adding.add(new Paragraph(getTranslation("cv.entry.full", CvCheck.LANGUAGES)));
            return;
        }
        adding.add(new H3(getTranslation(rows.isEmpty() ? "cv.languages.first" : "cv.languages.more")));
        var picks = new Div();
        picks.addClassName("cv-chips");
        COMMON.stream().map(code -> name(code, cvLocale))
                .filter(name -> rows.stream().noneMatch(row -> row.language.equalsIgnoreCase(name)))
                .forEach(name -> {
                    var pick = new Button(name, VaadinIcon.PLUS.create(), click -> addLanguage(name));
                    pick.addClassName("cv-chip");
                    picks.add(pick);
                });
        var other = new TextField(getTranslation("cv.languages.other"));
        other.setId("cv-language-other");
        other.addClassName("cv-field");
        other.setMaxLength(CvCheck.TAG);
        var add = BigButton.of(this, "cv.languages.add", VaadinIcon.PLUS, "cv-language-other-add", () -> {
            if (!other.getValue().isBlank()) {
                addLanguage(other.getValue().strip());
            }
        });
        var otherRow = new Div(other, add);
        otherRow.addClassName("cv-row");
        adding.add(picks, otherRow);
    }

    private void addLanguage(String name) {
        rows.add(new Row(new Cv.LanguageSkill(name, rows.isEmpty(), null, null, null, null, null)));
        draw();
    }

    private ListItem card(int index, Row row) {
        var title = new H3(row.language);
        var mother = new Button(getTranslation("cv.languages.motherTongue"), click -> {
            row.motherTongue = !row.motherTongue;
            draw();
        });
        mother.setIcon(row.motherTongue ? VaadinIcon.CHECK_SQUARE_O.create() : VaadinIcon.THIN_SQUARE.create());
        mother.getElement().setAttribute("aria-pressed", String.valueOf(row.motherTongue));
        mother.addClassNames("kiosk-big-button", "cv-toggle");
        mother.getElement().getClassList().set("cv-toggle-on", row.motherTongue);
        mother.setId("cv-language-" + index + "-mother");
        var remove = BigButton.of(this, "cv.entry.remove", VaadinIcon.TRASH, "", () -> {
            rows.remove(index);
            problems = List.of();
            draw();
        });
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.getElement().setAttribute("aria-label", getTranslation("cv.entry.remove") + ": " + row.language);
        var head = new Div(title, mother, remove);
        head.addClassName("cv-language-head");
        var card = new ListItem(head);
        card.addClassName("cv-entry");
        card.setId("cv-language-" + index);
        var prefix = "languages." + index + ".";
        problems.stream().filter(p -> p.field().startsWith(prefix)).map(p -> FieldSet.message(this, p)).distinct()
                .forEach(message -> {
                    var problem = new Paragraph(message);
                    problem.addClassName("cv-problems");
                    card.add(problem);
                });
        if (!row.motherTongue) {
            card.add(grid(index, row));
        }
        return card;
    }

    private Div grid(int index, Row row) {
        var grid = new Div();
        grid.addClassName("cv-cefr");
        for (var skill : Skill.values()) {
            var label = new Span(getTranslation("cv.cefr." + skill.name()));
            label.addClassName("cv-cefr-skill");
            var levels = new Div();
            levels.addClassName("cv-cefr-levels");
            levels.getElement().setAttribute("role", "group");
            levels.getElement().setAttribute("aria-label", row.language + ": " + label.getText());
            var chosen = row.levels.get(skill);
            for (var level : Cefr.values()) {
                var button = new Button(level.name(), click -> {
                    row.levels.put(skill, level);
                    draw();
                });
                button.addClassName("cv-cefr-level");
                button.setId("cv-language-" + index + "-" + skill.name() + "-" + level.name());
                button.getElement().setAttribute("aria-pressed", String.valueOf(level == chosen));
                if (level == chosen) {
                    button.addThemeVariants(ButtonVariant.PRIMARY);
                }
                levels.add(button);
            }
            var meaning = new Paragraph(chosen == null ? getTranslation("cv.cefr.tap")
                    : getTranslation(skill.levels + chosen.name()));
            meaning.addClassName("cv-cefr-meaning");
            var line = new Div(label, levels, meaning);
            line.addClassName("cv-cefr-line");
            grid.add(line);
        }
        return grid;
    }

    /** One language as it is being edited. */
    private static final class Row {

        final String language;
        boolean motherTongue;
        final Map<Skill, Cefr> levels = new EnumMap<>(Skill.class);

        Row(Cv.LanguageSkill skill) {
            language = skill.language();
            motherTongue = skill.motherTongue();
            put(Skill.listening, skill.listening());
            put(Skill.reading, skill.reading());
            put(Skill.spokenInteraction, skill.spokenInteraction());
            put(Skill.spokenProduction, skill.spokenProduction());
            put(Skill.writing, skill.writing());
        }

        private void put(Skill skill, @Nullable Cefr level) {
            if (level != null) {
                levels.put(skill, level);
            }
        }

        Cv.LanguageSkill value() {
            if (motherTongue) {
                return Cv.LanguageSkill.motherTongue(language);
            }
            return new Cv.LanguageSkill(language, false, levels.get(Skill.listening), levels.get(Skill.reading),
                    levels.get(Skill.spokenInteraction), levels.get(Skill.spokenProduction), levels.get(Skill.writing));
        }
    }
}

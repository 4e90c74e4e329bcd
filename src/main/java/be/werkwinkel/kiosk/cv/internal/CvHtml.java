package be.werkwinkel.kiosk.cv.internal;

import static be.werkwinkel.kiosk.cv.internal.Xhtml.add;
import static be.werkwinkel.kiosk.cv.internal.Xhtml.joined;
import static be.werkwinkel.kiosk.cv.internal.Xhtml.text;

import be.werkwinkel.kiosk.cv.Cefr;
import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvTemplate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A CV as XHTML in one of the two templates. Both have the same content in the same order (what
 * a recruiter's software reads); only the layout differs: EUROPASS puts headings and periods in a
 * left column, MODERN has a name banner and one column. Empty sections are left out.
 *
 * <p>A heading is kept with its first entry twice over: {@code page-break-after: avoid} on the
 * heading, and heading and first entry inside one {@code page-break-inside: avoid} block, so a
 * heading never ends a page alone whatever the renderer makes of the first rule.
 */
final class CvHtml {

    private final Cv cv;
    private final PdfTexts texts;
    private final boolean europass;

    /** One entry of a section: the text of the left column (EUROPASS) and what goes on the right. */
    private record Entry(String left, Consumer<Element> content) {
    }

    private CvHtml(Cv cv, PdfTexts texts) {
        this.cv = cv;
        this.texts = texts;
        this.europass = cv.template() == CvTemplate.EUROPASS;
    }

    static Xhtml of(Cv cv, PdfTexts texts, String css) {
        return new CvHtml(cv, texts).build(css);
    }

    static String title(Cv cv, PdfTexts texts) {
        return texts.get("cv.pdf.cv") + " – " + cv.person().name().strip();
    }

    private Xhtml build(String css) {
        var xhtml = new Xhtml(texts.language(), title(cv, texts), cv.person().name().strip(), css);
        var body = xhtml.body();
        body.addClass(europass ? "europass" : "modern");
        // the name at the foot of every page (a running element), so pages that come apart say whose they are
        text(body, "div", "running-footer", cv.person().name().strip());
        if (europass) {
            europassIdentity(body);
        } else {
            banner(body);
        }
        if (!cv.aboutMe().isBlank()) {
            section(body, "about", List.of(new Entry("", entry -> Xhtml.freeText(entry, cv.aboutMe()))));
        }
        section(body, "work", cv.jobs().stream().map(job -> dated(job.from(), job.to(), job.title(),
                joined(", ", job.employer(), job.place()), job.tasks())).toList());
        section(body, "education", cv.studies().stream().map(study -> dated(study.from(), study.to(),
                study.qualification(), joined(", ", study.school(), study.place()), study.details())).toList());
        languages(body);
        tags(body, "digitalSkills", cv.digitalSkills());
        tags(body, "skills", cv.skills());
        if (!cv.licences().isEmpty()) {
            var licences = EnumSet.copyOf(cv.licences()).stream() // the order of the licence card
                    .map(licence -> licence.name() + " (" + texts.licence(licence) + ")")
                    .collect(Collectors.joining(", "));
            section(body, "licences", List.of(new Entry("", entry -> text(entry, "p", "tags", licences))));
        }
        return xhtml;
    }

    private void europassIdentity(Element body) {
        var person = cv.person();
        var identity = add(body, "div", "row identity");
        text(identity, "div", "left kind", texts.get("cv.pdf.cv"));
        var right = add(identity, "div", "right");
        text(right, "h1", "name", person.name().strip());
        if (!person.headline().isBlank()) {
            text(right, "p", "headline", person.headline().strip());
        }
        var rows = new ArrayList<Entry>();
        var address = address(person);
        if (!address.isEmpty()) {
            rows.add(new Entry(texts.get("cv.pdf.address"), entry -> text(entry, "p", "value", address)));
        }
        if (!person.phone().isBlank()) {
            rows.add(new Entry(texts.get("cv.pdf.phone"), entry -> text(entry, "p", "value", person.phone().strip())));
        }
        if (!person.email().isBlank()) {
            rows.add(new Entry(texts.get("cv.pdf.email"), entry -> text(entry, "p", "value", person.email().strip())));
        }
        section(body, "personal", rows);
    }

    private void banner(Element body) {
        var person = cv.person();
        var banner = add(body, "div", "banner");
        text(banner, "h1", "name", person.name().strip());
        if (!person.headline().isBlank()) {
            text(banner, "p", "headline", person.headline().strip());
        }
        var contact = add(banner, "p", "contact");
        for (var part : List.of(address(person), person.phone().strip(), person.email().strip())) {
            if (!part.isEmpty()) {
                text(contact, "span", "contact-item", part);
            }
        }
    }

    private static String address(Cv.Person person) {
        return joined(", ", person.street(), joined(" ", person.postcode(), person.place()));
    }

    private Entry dated(@Nullable YearMonth from, @Nullable YearMonth to, String title, String where, String details) {
        var period = from == null ? "" : texts.period(from, to);
        return new Entry(period, entry -> {
            if (europass) {
                text(entry, "p", "title", title.strip());
            } else {
                var line = add(entry, "div", "title-line");
                text(line, "p", "title", title.strip());
                text(line, "p", "period", period);
            }
            if (!where.isEmpty()) {
                text(entry, "p", "where", where);
            }
            if (!details.isBlank()) {
                Xhtml.freeText(add(entry, "div", "details"), details);
            }
        });
    }

    private void languages(Element body) {
        var mother = cv.languages().stream().filter(Cv.LanguageSkill::motherTongue)
                .map(language -> language.language().strip()).collect(Collectors.joining(", "));
        var graded = cv.languages().stream().filter(language -> !language.motherTongue()).toList();
        var entries = new ArrayList<Entry>();
        if (!mother.isEmpty()) {
            var label = texts.get("cv.pdf.motherTongue");
            entries.add(new Entry(label, entry -> {
                if (europass) {
                    text(entry, "p", "value", mother);
                } else {
                    var line = add(entry, "p", "value");
                    text(line, "span", "label", label + ": ");
                    line.appendText(mother);
                }
            }));
        }
        if (!graded.isEmpty()) {
            entries.add(new Entry(texts.get("cv.pdf.otherLanguages"), entry -> cefrGrid(entry, graded)));
        }
        section(body, "languages", entries);
    }

    /** The Europass self-assessment grid: five skills per language, and what the levels mean. */
    private void cefrGrid(Element parent, List<Cv.LanguageSkill> languages) {
        var table = add(parent, "table", "cefr");
        var columns = table.appendElement("colgroup");
        add(columns, "col", "language");
        for (int i = 0; i < 5; i++) {
            add(columns, "col", "level");
        }
        var head = table.appendElement("thead");
        var groups = head.appendElement("tr");
        text(groups, "th", "language", texts.get("cv.pdf.language")).attr("rowspan", "2").attr("scope", "col");
        text(groups, "th", "group", texts.get("cv.pdf.cefr.understanding")).attr("colspan", "2").attr("scope", "colgroup");
        text(groups, "th", "group", texts.get("cv.pdf.cefr.speaking")).attr("colspan", "2").attr("scope", "colgroup");
        text(groups, "th", "group", texts.get("cv.pdf.cefr.writing")).attr("rowspan", "2").attr("scope", "col");
        var skills = head.appendElement("tr");
        for (var key : List.of("listening", "reading", "spokenInteraction", "spokenProduction")) {
            text(skills, "th", "skill", texts.get("cv.pdf.cefr." + key)).attr("scope", "col");
        }
        var rows = table.appendElement("tbody");
        for (var language : languages) {
            var row = rows.appendElement("tr");
            text(row, "th", "language", language.language().strip()).attr("scope", "row");
            for (var level : new Cefr[] {language.listening(), language.reading(), language.spokenInteraction(),
                    language.spokenProduction(), language.writing()}) {
                text(row, "td", "level", Objects.requireNonNull(level, "CvCheck lets no level be missing").name());
            }
        }
        var legend = add(parent, "p", "legend");
        legend.appendText(texts.get("cv.pdf.cefr.legend") + " ");
        for (var level : Cefr.values()) {
            var item = text(legend, "span", "legend-item", level.name() + " " + texts.level(level));
            if (level != Cefr.C2) {
                item.appendText(" · ");
            }
        }
    }

    private void tags(Element body, String key, List<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        section(body, key, List.of(new Entry("", entry -> {
            var line = add(entry, "p", "tags");
            for (int i = 0; i < tags.size(); i++) {
                text(line, "span", "tag", tags.get(i).strip() + (i < tags.size() - 1 ? " · " : ""));
            }
        })));
    }

    private void section(Element body, String key, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var section = add(body, "div", "section " + key);
        for (int i = 0; i < entries.size(); i++) {
            var container = section;
            if (i == 0) {
                container = add(section, "div", "keep");
                heading(container, key);
            }
            var entry = entries.get(i);
            if (europass) {
                var row = add(container, "div", "row entry");
                text(row, "div", "left", entry.left());
                entry.content().accept(add(row, "div", "right"));
            } else {
                entry.content().accept(add(container, "div", "entry"));
            }
        }
    }

    private void heading(Element parent, String key) {
        var text = texts.get("cv.pdf.section." + key);
        if (europass) {
            var row = add(parent, "div", "row heading");
            text(row, "h2", "left", text);
            add(row, "div", "right rule");
        } else {
            text(parent, "h2", "heading", text);
        }
    }

}

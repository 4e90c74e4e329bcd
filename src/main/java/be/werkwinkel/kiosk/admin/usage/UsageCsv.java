package be.werkwinkel.kiosk.admin.usage;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The figures of one report as CSV for a spreadsheet (decision 035): UTF-8 with a byte order mark
 * (so that Excel reads é and ’ right), semicolons between the columns (what Excel expects in Belgium's
 * Dutch and French settings) and one row per figure, with the same columns throughout: figure,
 * period from, period to, day, site, terminal, item, count. Headers and names are in the staff
 * member's language; days are ISO dates (2026-12-01), which every spreadsheet reads as dates. A cell
 * that a spreadsheet would take for a formula (=, +, -, @ first) starts with an apostrophe.
 */
public final class UsageCsv {

    /** The texts of the staff member's language, by translation key. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... parameters);
    }

    static final char BOM = '\uFEFF';
    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private UsageCsv() {
    }

    /**
     * @param terminalName the name to show for a terminal id (0: this instance's own screens)
     */
    public static byte[] write(UsageReport report, Texts texts, LongFunction<String> terminalName) {
        var query = report.query();
        var from = query.from().toString();
        var to = query.to().toString();
        var site = query.site() != null ? siteName(query.site(), texts) : texts.text("admin.statistics.allSites");
        var terminal = query.terminal() != null ? terminalName.apply(query.terminal())
                : texts.text("admin.statistics.allTerminals");
        var rows = new ArrayList<List<Object>>();
        var figure = texts.text("admin.statistics.perDay.title");
        for (var day : report.sessionsPerDay()) {
            rows.add(List.of(figure, from, to, day.day().toString(), site, terminal, "", day.sessions()));
        }
        figure = texts.text("admin.statistics.length.title");
        for (var bucket : SessionLength.values()) {
            var sessions = report.lengths().get(bucket);
            if (sessions != null) {
                rows.add(List.of(figure, from, to, "", site, terminal,
                        texts.text("admin.statistics.length." + bucket.name()), sessions));
            }
        }
        figure = texts.text("admin.statistics.features.title");
        for (var feature : UsageFeature.values()) {
            rows.add(List.of(figure, from, to, "", site, terminal, texts.text("admin.statistics.feature." + feature.name()),
                    report.features().getOrDefault(feature, 0L)));
        }
        figure = texts.text("admin.statistics.terms.title");
        for (var term : report.topTerms()) {
            rows.add(List.of(figure, from, to, "", site, terminal, term.term(), term.sessions()));
        }
        figure = texts.text("admin.statistics.terminals.title");
        for (var row : report.perTerminal()) {
            rows.add(List.of(figure, from, to, "", siteName(row.site(), texts), terminalName.apply(row.terminal()), "",
                    row.sessions()));
        }
        figure = texts.text("admin.statistics.endReasons.title");
        for (var reason : SessionEndReason.values()) {
            rows.add(List.of(figure, from, to, "", site, terminal, texts.text("admin.statistics.endReason." + reason.name()),
                    report.endReasons().getOrDefault(reason, 0L)));
        }
        figure = texts.text("admin.statistics.languages.title");
        for (var language : KioskLanguage.values()) {
            rows.add(List.of(figure, from, to, "", site, terminal, language.nativeName(),
                    report.languages().getOrDefault(language, 0L)));
        }
        var out = new StringWriter();
        out.append(BOM);
        try (var csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(texts.text("admin.statistics.csv.figure"), texts.text("admin.statistics.csv.from"),
                    texts.text("admin.statistics.csv.to"), texts.text("admin.statistics.csv.day"),
                    texts.text("admin.statistics.csv.site"), texts.text("admin.statistics.csv.terminal"),
                    texts.text("admin.statistics.csv.item"), texts.text("admin.statistics.csv.count"));
            for (var row : rows) {
                csv.printRecord(row.stream().map(UsageCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The file name: the period in it, e.g. {@code statistics-2026-11-01-2026-11-30.csv}. */
    public static String fileName(String prefix, UsageQuery query) {
        return prefix + "-" + query.from() + "-" + query.to() + ".csv";
    }

    /** Counts from before sites were recorded have an empty site. */
    private static String siteName(String site, Texts texts) {
        return site.isEmpty() ? texts.text("admin.statistics.site.unknown") : site;
    }

    private static Object cell(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}

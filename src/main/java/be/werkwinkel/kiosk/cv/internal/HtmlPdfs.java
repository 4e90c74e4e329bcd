package be.werkwinkel.kiosk.cv.internal;

import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.cv.CvPdfs;
import be.werkwinkel.kiosk.cv.CvTemplate;
import be.werkwinkel.kiosk.cv.FieldProblem;
import be.werkwinkel.kiosk.cv.Letter;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CVs and letters to PDF with openhtmltopdf on PDFBox (decision 017): XHTML built as a DOM,
 * CSS for the layout, Liberation Sans embedded as subsets (every Latin diacritic, text
 * selectable), tagged as PDF/UA with the document's title and language. Everything happens in
 * memory; the renderer may fetch nothing (no files, no network).
 */
final class HtmlPdfs implements CvPdfs {

    static final String FONT = "Liberation Sans";
    private static final Logger log = LoggerFactory.getLogger(HtmlPdfs.class);
    private static final String PRODUCER = "Werkwinkel Kiosk";

    static {
        // openhtmltopdf logs every render at INFO (fonts loaded, cache hits): only its warnings matter
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final I18NProvider translations;
    private final CvCheck check;
    private final List<Face> faces;
    private final String europassCss;
    private final String modernCss;
    private final String letterCss;
    /** Font metrics, shared by every render: parsing them again each time costs more than the layout. */
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

    private record Face(byte[] ttf, int weight, FontStyle style) {
    }

    HtmlPdfs(I18NProvider translations, CvCheck check) {
        this.translations = translations;
        this.check = check;
        this.faces = List.of(
                new Face(resource("liberation/LiberationSans-Regular.ttf"), 400, FontStyle.NORMAL),
                new Face(resource("liberation/LiberationSans-Bold.ttf"), 700, FontStyle.NORMAL),
                new Face(resource("liberation/LiberationSans-Italic.ttf"), 400, FontStyle.ITALIC),
                new Face(resource("liberation/LiberationSans-BoldItalic.ttf"), 700, FontStyle.ITALIC));
        var common = css("common.css");
        this.europassCss = common + css("europass.css");
        this.modernCss = common + css("modern.css");
        this.letterCss = common + css("letter.css");
    }

    @Override
    public byte[] cv(Cv cv) {
        refuseProblems(check.problems(cv));
        var texts = new PdfTexts(translations, cv.language());
        return render(CvHtml.of(cv, texts, cv.template() == CvTemplate.EUROPASS ? europassCss : modernCss));
    }

    @Override
    public byte[] letter(Letter letter) {
        refuseProblems(check.problems(letter));
        var texts = new PdfTexts(translations, letter.language());
        return render(LetterHtml.of(letter, texts, letterCss));
    }

    private static void refuseProblems(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Not rendered, the document has problems: " + problems.stream()
                    .map(problem -> problem.field() + " " + problem.problem()).collect(Collectors.joining(", ")));
        }
    }

    private byte[] render(Xhtml xhtml) {
        var out = new ByteArrayOutputStream(64 * 1024);
        var builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer(PRODUCER)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withDiagnosticConsumer(HtmlPdfs::diagnostic)
                .withW3cDocument(xhtml.w3c(), "about:blank")
                .toStream(out);
        for (var face : faces) {
            // also under the generic names, so that text no rule gives a family (a margin box) is
            // still set in the embedded font, never in a base-14 font that PDF/UA does not allow
            for (var family : List.of(FONT, "sans-serif", "serif")) {
                builder.useFont(() -> new ByteArrayInputStream(face.ttf()), family, face.weight(), face.style(), true);
            }
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: only a broken font or library gets here
        }
        return out.toByteArray();
    }

    private static void diagnostic(Diagnostic diagnostic) {
        if (log.isDebugEnabled()) {
            log.debug("PDF: {}", diagnostic.getFormattedMessage());
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = HtmlPdfs.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing on the class path: " + name + " (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String css(String name) {
        return new String(resource("cv/pdf/" + name), StandardCharsets.UTF_8);
    }
}

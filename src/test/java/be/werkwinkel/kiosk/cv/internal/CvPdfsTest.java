package be.werkwinkel.kiosk.cv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.KioskTranslations;
import be.werkwinkel.kiosk.cv.Cefr;
import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.cv.CvPreview;
import be.werkwinkel.kiosk.cv.CvTemplate;
import be.werkwinkel.kiosk.cv.Letter;
import be.werkwinkel.kiosk.cv.LetterKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The PDFs as a recruiter's software reads them (PDFBox's text extraction) and as a person sees
 * them (pages drawn to target/pdf-samples/ to look at).
 */
class CvPdfsTest {

    static final HtmlPdfs PDFS = new HtmlPdfs(new KioskTranslations(), new CvCheck(Clock.systemDefaultZone()));
    static final Path SAMPLES = Path.of("target/pdf-samples");

    static void keepPages(String name, byte[] pdf) throws IOException {
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(name + ".pdf"), pdf);
        for (var page : new PdfBoxPreview().pages(pdf)) {
            Files.write(SAMPLES.resolve(name + "-" + page.number() + ".png"), page.png());
        }
    }

    @ParameterizedTest
    @EnumSource(CvTemplate.class)
    void everything_entered_is_in_the_pdf_in_reading_order(CvTemplate template) throws IOException {
        var cv = CvSamples.full(KioskLanguage.DUTCH, template);
        var pdf = PDFS.cv(cv);
        keepPages("cv-" + template.name().toLowerCase(), pdf);

        var text = PdfReading.text(pdf);
        var expected = List.of("Łucja Gökçe-Đorđević", "Magazijnier en heftruckchauffeur",
                "Rue de l’Église 12 bus 3, 9000 Gent", "+32 470 12 34 56", "lucja.gokce@voorbeeld.be",
                "Over mij", "Ik werk graag met mijn handen en ben altijd op tijd.", "Ik kan vroeg beginnen.",
                "Werkervaring", "Magazijnier", "Colruyt Group, Halle", "Orders klaarmaken met de handscanner",
                "Vrachtwagens laden en lossen", "Heftruck en reachtruck besturen",
                "Kassière", "Carrefour Market, Şişli, İstanbul", "Klanten helpen aan de kassa.", "De winkel ’s avonds afsluiten.",
                "Opleiding en vorming", "Heftruckattest", "VDAB Competentiecentrum, Gent",
                "Diploma secundair onderwijs – Handel", "Lycée Ştefan cel Mare, Suceava", "Richting boekhouding en ţară-taal",
                "Talen", "Moedertaal", "Turks, Pools", "Nederlands", "B1", "Frans", "B2", "Engels", "C1",
                "Digitale vaardigheden", "E-mail", "Word", "Excel", "Online solliciteren",
                "Vaardigheden", "Nauwkeurig", "Stipt", "Werkt graag in ploegen", "Heftruck",
                "Rijbewijs", "B (auto), C (vrachtwagen), CE (vrachtwagen met aanhangwagen)");
        assertThat(PdfReading.missingInOrder(text, expected)).isEmpty();
        // periods with month names from the bundles, in the CV's language
        assertThat(text).contains("maart 2021 – heden", "september 2017 – december 2020", "januari 2021 – februari 2021");
    }

    @Test
    void headings_months_and_levels_follow_the_cvs_language_not_the_screens() {
        var english = PdfReading.text(PDFS.cv(CvSamples.full(KioskLanguage.ENGLISH, CvTemplate.EUROPASS)));
        assertThat(english).contains("Work experience", "March 2021 – present", "Mother tongue", "Spoken interaction",
                "B2 upper intermediate", "B (car), C (lorry)");
        assertThat(english).doesNotContain("Werkervaring", "heden");

        var french = PdfReading.text(PDFS.cv(CvSamples.full(KioskLanguage.FRENCH, CvTemplate.MODERN)));
        assertThat(french).contains("Expérience professionnelle", "mars 2021 – aujourd’hui", "Langue maternelle",
                "Prendre part à une conversation", "C2 maîtrise", "CE (camion avec remorque)");
    }

    @Test
    void every_latin_letter_a_visitor_types_comes_out_as_typed() {
        var letters = "é ë ç ğ ş ł ő ă ț Ő Ű ž č ř ñ å ø æ œ ß Ğ Ş İ ı Ț Ș";
        var cv = new Cv(KioskLanguage.DUTCH, CvTemplate.MODERN,
                new Cv.Person("Zoë Ğülşen-Łęcka", letters, "", "", "Rue Émile Féron 5", "1060", "Sint-Gillis"),
                List.of(new Cv.Job("Poetsvrouw " + letters, "Ökonomie Ştiinţă bvba", "Ţăndărei", YearMonth.of(2019, 4), null,
                        "Kamers schoonmaken: " + letters)),
                List.of(), List.of(new Cv.LanguageSkill("Română", true, null, null, null, null, null)), List.of(), Set.of(),
                List.of("Façades " + letters), "");
        var text = PdfReading.text(PDFS.cv(cv));

        assertThat(PdfReading.missingInOrder(text, List.of("Zoë Ğülşen-Łęcka", letters, "Rue Émile Féron 5, 1060 Sint-Gillis",
                "Poetsvrouw " + letters, "Ökonomie Ştiinţă bvba, Ţăndărei", "Kamers schoonmaken: " + letters, "Română",
                "Façades " + letters))).isEmpty();
    }

    @Test
    void html_a_visitor_types_is_printed_as_text_and_never_runs() throws IOException {
        var script = "<script>alert(1)</script>";
        var cv = new Cv(KioskLanguage.DUTCH, CvTemplate.EUROPASS,
                new Cv.Person(script, "<b>vet</b> & <i>schuin</i>", "", "", "", "", ""),
                List.of(new Cv.Job("<img src=x onerror=alert(2)>", "A&B <Co>", "", YearMonth.of(2020, 1), null,
                        "</p><h1>groot</h1>\n- <style>body{display:none}</style>")),
                List.of(), List.of(), List.of(), Set.of(), List.of(), "");
        var xhtml = CvHtml.of(cv, new PdfTexts(new KioskTranslations(), KioskLanguage.DUTCH), "");
        assertThat(xhtml.body().select("script, img, b, i, style")).isEmpty();
        assertThat(xhtml.body().select("h1")).hasSize(1); // the name's own, none typed

        var pdf = PDFS.cv(cv);
        keepPages("cv-html-as-text", pdf);
        var text = PdfReading.text(pdf);
        assertThat(PdfReading.missingInOrder(text, List.of(script, "<b>vet</b> & <i>schuin</i>",
                "<img src=x onerror=alert(2)>", "A&B <Co>", "</p><h1>groot</h1>", "<style>body{display:none}</style>")))
                .isEmpty();
    }

    @Test
    void the_pdf_is_tagged_with_title_language_and_embedded_fonts() throws IOException {
        var cv = CvSamples.full(KioskLanguage.FRENCH, CvTemplate.EUROPASS);
        try (var document = PdfReading.open(PDFS.cv(cv))) {
            var catalog = document.getDocumentCatalog();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Curriculum vitae – Łucja Gökçe-Đorđević");
            assertThat(catalog.getLanguage()).isEqualTo("fr");
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getViewerPreferences()).isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            var page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            var fonts = new ArrayList<PDFont>();
            for (var p : document.getPages()) {
                for (var name : p.getResources().getFontNames()) {
                    fonts.add(p.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            });
        }
    }

    @Test
    void empty_sections_are_left_out() {
        var cv = new Cv(KioskLanguage.DUTCH, CvTemplate.EUROPASS, new Cv.Person("Jan Peeters", "", "", "", "", "", ""),
                List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(), "");
        var text = PdfReading.text(PDFS.cv(cv));

        assertThat(text).contains("Jan Peeters");
        assertThat(text).doesNotContain("Persoonlijke gegevens", "Over mij", "Werkervaring", "Opleiding", "Talen",
                "vaardigheden", "Vaardigheden", "Rijbewijs", "Moedertaal", "Niveaus");
    }

    @Test
    void a_cv_with_problems_is_not_rendered() {
        var cv = new Cv(KioskLanguage.DUTCH, CvTemplate.EUROPASS, Cv.Person.EMPTY, List.of(), List.of(),
                List.of(new Cv.LanguageSkill("Frans", false, Cefr.B1, null, null, null, null)), List.of(), Set.of(),
                List.of(), "");
        assertThatThrownBy(() -> PDFS.cv(cv)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("person.name REQUIRED").hasMessageContaining("languages.0.levels LEVEL_MISSING");
    }

    @ParameterizedTest
    @EnumSource(CvTemplate.class)
    void no_heading_is_left_alone_at_the_foot_of_a_page(CvTemplate template) throws IOException {
        var headings = Set.of("Over mij", "Werkervaring", "Opleiding en vorming", "Talen", "Digitale vaardigheden",
                "Vaardigheden", "Rijbewijs", "Persoonlijke gegevens");
        var pagesSeen = new ArrayList<Integer>();
        // every length from 8 to 17 jobs moves the page breaks past other headings
        for (var jobs : Stream.iterate(8, n -> n <= 17, n -> n + 1).toList()) {
            var pdf = PDFS.cv(CvSamples.longCv(KioskLanguage.DUTCH, template, jobs));
            if (jobs == 15) {
                keepPages("cv-15-jobs-" + template.name().toLowerCase(), pdf);
            }
            var lines = PdfReading.lines(pdf);
            var pages = lines.stream().mapToInt(PdfReading.Line::page).max().orElse(0);
            pagesSeen.add(pages);
            for (var heading : lines.stream().filter(line -> headings.contains(line.text())).toList()) {
                var below = lines.stream().filter(line -> line.page() == heading.page() && line.y() > heading.y() + 1
                        && line.y() < 785).count(); // 785 pt: above the foot of the page with the name and page number
                assertThat(below).as("%d jobs: '%s' on page %d has nothing under it", jobs, heading.text(), heading.page())
                        .isPositive();
            }
            // and no entry was cut in two: every job title's last task line is on the title's page
            for (var title : lines.stream().filter(line -> line.text().startsWith("Functie ")).toList()) {
                var last = lines.stream().filter(line -> line.text().contains("Nieuwe collega’s opleiden")
                        && line.y() > title.y() && line.page() == title.page()).findFirst();
                assertThat(last).as("%d jobs: '%s' split over pages", jobs, title.text()).isPresent();
            }
        }
        assertThat(pagesSeen).as("the CVs span pages").allMatch(pages -> pages >= 2).contains(3);
    }

    @Test
    void a_letter_reads_as_a_belgian_business_letter() throws IOException {
        var letter = CvSamples.letter(KioskLanguage.DUTCH);
        var pdf = PDFS.letter(letter);
        keepPages("letter-nl", pdf);

        assertThat(PdfReading.missingInOrder(PdfReading.text(pdf), List.of("Łucja Gökçe-Đorđević",
                "Rue de l’Église 12 bus 3", "9000 Gent", "+32 470 12 34 56", "lucja.gokce@voorbeeld.be",
                "Van Moer Logistics nv", "Mevrouw Ann Peeters, HR", "Industrieweg 7", "9052 Zwijnaarde",
                "Gent, 1 december 2026", "Betreft: Sollicitatie als magazijnmedewerker", "Geachte mevrouw Peeters,",
                "Met veel interesse las ik uw vacature", "Ik heb vier jaar ervaring", "Graag vertel ik u meer in een gesprek.",
                "Met vriendelijke groeten,", "Łucja Gökçe-Đorđević"))).isEmpty();
        try (var document = PdfReading.open(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Sollicitatie als magazijnmedewerker – Łucja Gökçe-Đorđević");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
        }
    }

    @Test
    void a_french_open_application_has_its_own_subject_and_date() throws IOException {
        var base = CvSamples.letter(KioskLanguage.FRENCH);
        var letter = new Letter(KioskLanguage.FRENCH, LetterKind.OPEN_APPLICATION, base.sender(), base.recipient(), "",
                null, LocalDate.of(2027, 3, 1), "Madame, Monsieur,", List.of("Je me permets de vous écrire."),
                "Veuillez agréer mes salutations distinguées.");
        var pdf = PDFS.letter(letter);
        keepPages("letter-fr", pdf);

        assertThat(PdfReading.missingInOrder(PdfReading.text(pdf), List.of("Gent, 1er mars 2027",
                "Objet : Candidature spontanée", "Madame, Monsieur,", "Je me permets de vous écrire.",
                "Veuillez agréer mes salutations distinguées."))).isEmpty();
    }

    @Test
    void visitors_on_several_kiosks_render_at_the_same_time_without_mixing_their_cvs() throws Exception {
        var names = Stream.iterate(1, n -> n <= 8, n -> n + 1).map(n -> "Bezoeker Nummer" + n + " Ñúñez").toList();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var renders = names.stream().map(name -> pool.submit(() -> PDFS.cv(new Cv(KioskLanguage.DUTCH,
                    CvTemplate.values()[name.length() % 2], new Cv.Person(name, "", "", "", "", "", ""),
                    CvSamples.full(KioskLanguage.DUTCH, CvTemplate.MODERN).jobs(), List.of(), List.of(), List.of(),
                    Set.of(), List.of(), "")))).toList();
            for (int i = 0; i < names.size(); i++) {
                var text = PdfReading.text(renders.get(i).get());
                var own = names.get(i);
                assertThat(text).contains(own, "Magazijnier");
                assertThat(names.stream().filter(other -> !other.equals(own) && text.contains(other + " "))).isEmpty();
            }
        }
    }

    @Test
    void the_preview_draws_every_page_as_a_png_at_110_dpi() throws IOException {
        var pdf = PDFS.cv(CvSamples.longCv(KioskLanguage.DUTCH, CvTemplate.MODERN, 12));
        var pages = new PdfBoxPreview().pages(pdf);
        try (var document = PdfReading.open(pdf)) {
            assertThat(pages).hasSize(document.getNumberOfPages());
        }
        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(page -> {
            assertThat(page.width()).isBetween(905, 915); // 210 mm at 110 dpi
            assertThat(page.height()).isBetween(1280, 1290);
            assertThat(page.png()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        });
        assertThat(pages.getFirst().number()).isEqualTo(1);
        assertThat(CvPreview.DPI).isEqualTo(110);
        assertThatThrownBy(() -> new PdfBoxPreview().pages("not a pdf".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

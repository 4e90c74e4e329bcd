package be.werkwinkel.kiosk.cv.internal;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.KioskTranslations;
import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.cv.CvTemplate;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How long a two-page CV takes to render, warm, one thread: p50 / p95 / p99 of wall-clock and CPU
 * time, for each template, and a letter and a preview for comparison. Run by
 * {@code src/benchmark/cv-pdf.sh [renders] [warm-up]}; target p95 ≤ 300 ms.
 */
public final class CvPdfBenchmark {

    static final double TARGET_P95_MS = 300;

    private CvPdfBenchmark() {
    }

    public static void main(String[] args) {
        var renders = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        var warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        var pdfs = new HtmlPdfs(new KioskTranslations(), new CvCheck(Clock.systemDefaultZone()));
        var preview = new PdfBoxPreview();
        System.out.printf(Locale.ROOT, "CV PDF benchmark: %d renders after %d warm-up renders, %d cores, load average %.1f%n",
                renders, warmUp, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| what | pages | wall p50 / p95 / p99 ms | CPU p50 / p95 ms |");
        System.out.println("|---|---|---|---|");
        var worst = 0.0;
        for (var template : CvTemplate.values()) {
            var cv = twoPages(pdfs, template);
            worst = Math.max(worst, measure("two-page CV, " + template, pages(pdfs.cv(cv)), renders, warmUp, () -> pdfs.cv(cv)));
        }
        var letter = CvSamples.letter(KioskLanguage.DUTCH);
        measure("letter", pages(pdfs.letter(letter)), renders, warmUp, () -> pdfs.letter(letter));
        var pdf = pdfs.cv(twoPages(pdfs, CvTemplate.EUROPASS));
        measure("preview of the two pages (PNG, 110 dpi)", pages(pdf), renders / 3, warmUp / 3, () -> preview.pages(pdf));
        System.out.printf(Locale.ROOT, "%nTarget: p95 ≤ %.0f ms for a two-page CV: %s (worst template p95 %.1f ms)%n",
                TARGET_P95_MS, worst <= TARGET_P95_MS ? "met" : "MISSED", worst);
    }

    /** The sample CV with as many jobs as fill two pages and not three. */
    private static Cv twoPages(HtmlPdfs pdfs, CvTemplate template) {
        for (var jobs = 2; jobs < 20; jobs++) {
            var cv = CvSamples.longCv(KioskLanguage.DUTCH, template, jobs);
            if (pages(pdfs.cv(cv)) == 2 && pages(pdfs.cv(CvSamples.longCv(KioskLanguage.DUTCH, template, jobs + 1))) == 2) {
                return CvSamples.longCv(KioskLanguage.DUTCH, template, jobs + 1); // a full second page, not one line of it
            }
        }
        throw new IllegalStateException("no two-page CV found");
    }

    private static int pages(byte[] pdf) {
        try (var document = PdfReading.open(pdf)) {
            return document.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double measure(String what, int pages, int renders, int warmUp, Supplier<?> render) {
        for (int i = 0; i < warmUp; i++) {
            render.get();
        }
        var threads = ManagementFactory.getThreadMXBean();
        var wall = new long[renders];
        var cpu = new long[renders];
        for (int i = 0; i < renders; i++) {
            var cpuStart = threads.getCurrentThreadCpuTime();
            var start = System.nanoTime();
            render.get();
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f / %.1f / %.1f | %.1f / %.1f |%n", what, pages,
                percentile(wall, 50), percentile(wall, 95), percentile(wall, 99), percentile(cpu, 50), percentile(cpu, 95));
        return percentile(wall, 95);
    }

    private static double percentile(long[] nanos, double percentile) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        var rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
    }
}

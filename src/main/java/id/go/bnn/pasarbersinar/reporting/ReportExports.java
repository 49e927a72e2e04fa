package id.go.bnn.pasarbersinar.reporting;

import id.go.bnn.pasarbersinar.reporting.internal.ExhibitionReportDocuments;
import id.go.bnn.pasarbersinar.reporting.internal.ReportCharts;
import id.go.bnn.pasarbersinar.reporting.internal.ReportDocuments;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Service;

/**
 * Charts and exports of a dashboard the caller already obtained from {@link Reports} (which checked access): the SVG
 * charts, CSV of one table, Excel of all tables and the PDF report. Large workbooks and reports are built in the
 * background, one at a time (two cores serve the whole shop), reporting their progress.
 */
@Service
public class ReportExports {

    private final ReportCharts charts;
    private final ReportDocuments documents;
    private final ExhibitionReportDocuments exhibitionDocuments;
    private final ExecutorService background = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(20),
            Thread.ofPlatform().name("report-export-", 0).daemon(true).factory());

    ReportExports(ReportCharts charts, ReportDocuments documents, ExhibitionReportDocuments exhibitionDocuments) {
        this.charts = charts;
        this.documents = documents;
        this.exhibitionDocuments = exhibitionDocuments;
    }

    /** A table's chart as SVG (sales and income in millions of rupiah), titles in the given language. */
    public byte[] svg(ReportTable table, Locale locale, int width, int height) {
        return charts.svg(ReportDocuments.spec(table, ReportDocuments.texts(locale)), width, height);
    }

    public byte[] csv(ReportTable table, Locale locale) {
        return documents.csv(table, locale).getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(Dashboard dashboard, Locale locale, IntConsumer progress) {
        return documents.xlsx(dashboard, locale, progress);
    }

    public byte[] pdf(Dashboard dashboard, Locale locale, IntConsumer progress) {
        return documents.pdf(dashboard, locale, progress);
    }

    /** One table of an exhibition's report (obtained from {@link ExhibitionReports}, which checked access) as CSV. */
    public byte[] csv(ExhibitionReport.Section section, Locale locale) {
        return exhibitionDocuments.csv(section, locale).getBytes(StandardCharsets.UTF_8);
    }

    /** An exhibition's report as a workbook: the totals and a sheet per table. Small (one event): built at once. */
    public byte[] xlsx(ExhibitionReport report, Locale locale) {
        return exhibitionDocuments.xlsx(report, locale);
    }

    public byte[] pdf(ExhibitionReport report, Locale locale) {
        return exhibitionDocuments.pdf(report, locale);
    }

    /** Runs an export off the request thread; {@code progress} hears 0–100. Refused (failed future) when too many wait. */
    public CompletableFuture<byte[]> inBackground(Function<IntConsumer, byte[]> export, IntConsumer progress) {
        try {
            return CompletableFuture.supplyAsync(() -> export.apply(progress), background);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}

package org.tiptracker.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.tiptracker.report.PrintedReport;
import org.tiptracker.report.ReportLanguage;
import org.tiptracker.report.ReportLayout;

/**
 * The Word file of a report shaped like seed 001 made into a PDF by LibreOffice and read back with
 * pdftotext; the first page is kept as {@code target/report-artifacts/first-page.png} for a person
 * to look at, next to the Word file and the PDF. Skipped only where LibreOffice is not installed.
 */
class ReportPdfTests {

    private static final Path ARTIFACTS = Path.of("target", "report-artifacts");

    @Test
    void withoutLibreOfficeThePdfIsUnavailableAndSaysSo() {
        ReportPdf absent = new ReportPdf(Optional.empty(), Duration.ofSeconds(5));
        assertThat(absent.isAvailable()).isFalse();
        assertThatThrownBy(() -> absent.convert(new byte[0])).isInstanceOf(ReportPdf.PdfUnavailableException.class);
    }

    @Test
    void aFailingOrHangingConverterIsReportedNotWaitedFor() throws IOException {
        Path dir = Files.createTempDirectory("fake-soffice");
        try {
            Path failing = script(dir.resolve("failing"), "echo broken; exit 3");
            assertThatThrownBy(() -> new ReportPdf(Optional.of(failing), Duration.ofSeconds(10)).convert(new byte[] {1}))
                    .isInstanceOf(ReportPdf.PdfConversionException.class).hasMessageContaining("exit 3")
                    .hasMessageContaining("broken");
            Path hanging = script(dir.resolve("hanging"), "sleep 30");
            long start = System.nanoTime();
            assertThatThrownBy(() -> new ReportPdf(Optional.of(hanging), Duration.ofMillis(500)).convert(new byte[] {1}))
                    .isInstanceOf(ReportPdf.PdfConversionException.class).hasMessageContaining("did not finish");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return file;
    }

    @Test
    void theArabicReportAsPdfNamesTheStatesOfParagraphFive() throws Exception {
        ReportPdf pdf = new ReportPdf();
        assumeTrue(pdf.isAvailable(), "LibreOffice is not installed");
        PrintedReport report = ReportLayout.print(ReportFixture.MANDATE, ReportFixture.draft(0), ReportLanguage.AR);
        byte[] docx = new ReportDocx().write(report);
        byte[] bytes = pdf.convert(docx);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.createDirectories(ARTIFACTS);
        Files.write(ARTIFACTS.resolve("draft.docx"), docx);
        Path file = ARTIFACTS.resolve("draft.pdf");
        Files.write(file, bytes);

        String text = run("pdftotext", file.toString(), "-");
        // Justified Arabic is spread out in the PDF, and pdftotext marks directions: compare without
        // spaces and direction marks. Every one of para. 5's 33 states, and the symbols left to right.
        String squeezed = squeeze(text);
        String para5 = ReportFixture.seedParagraph(5);
        List<String> states = List.of(para5.substring(para5.indexOf(": ") + 2, para5.length() - 1).split("، "));
        assertThat(states).hasSize(33).contains("الاتحاد الروسي", "الولايات المتحدة الأمريكية");
        for (String state : states) {
            assertThat(squeezed).as(state).contains(squeeze(state));
        }
        assertThat(text).contains("A/71/167", "Distr.: General", "1 July 2016", "A/71/50", "CTOC/COP/WG.4/2019/1");
        assertThat(text).contains("الجمعية العامة");

        run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file.toString(),
                ARTIFACTS.resolve("first-page").toString());
        Path png = ARTIFACTS.resolve("first-page.png");
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(1000);
    }

    @Test
    void twoConversionsAtOnceEachUseTheirOwnProfile() throws Exception {
        ReportPdf pdf = new ReportPdf();
        assumeTrue(pdf.isAvailable(), "LibreOffice is not installed");
        ReportDocx docx = new ReportDocx();
        byte[] nine = docx.write(ReportLayout.printChapter(ReportFixture.MANDATE, ReportFixture.draft(0),
                ReportLanguage.AR, 9));
        byte[] english = docx.write(ReportLayout.printChapter(ReportFixture.MANDATE, ReportFixture.draft(0),
                ReportLanguage.EN, 9));
        CompletableFuture<byte[]> a = CompletableFuture.supplyAsync(() -> pdf.convert(nine));
        CompletableFuture<byte[]> b = CompletableFuture.supplyAsync(() -> pdf.convert(english));
        assertThat(a.get(180, TimeUnit.SECONDS)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        Path file = Files.createTempFile("chapter-9-en", ".pdf");
        try {
            Files.write(file, b.get(180, TimeUnit.SECONDS));
            assertThat(run("pdftotext", file.toString(), "-")).contains("IX.", "Recommendations", "Urge Member States");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\u200E\u200F\u202A-\u202E\u2066-\u2069]+", "");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}

package org.tiptracker.report.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Makes a PDF from a report's Word file with headless LibreOffice
 * ({@code soffice --headless --convert-to pdf}), where it is installed (Debian:
 * {@code libreoffice-writer-nogui}). Each call uses its own working folder and its own LibreOffice
 * profile, so that conversions may run at the same time, and is stopped after a timeout.
 *
 * <p>Callers check {@link #isAvailable()} first and tell the user when the PDF cannot be made;
 * {@link #convert(byte[])} throws {@link PdfUnavailableException} when LibreOffice is absent, and
 * {@link PdfConversionException} when a conversion fails or takes too long.
 */
@Component
public class ReportPdf {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> PROGRAMS = List.of("soffice", "libreoffice");

    private final Optional<Path> program;
    private final Duration timeout;

    public ReportPdf() {
        this(find(), DEFAULT_TIMEOUT);
    }

    ReportPdf(Optional<Path> program, Duration timeout) {
        this.program = program;
        this.timeout = timeout;
    }

    /** Whether LibreOffice is installed, so that a PDF can be made. */
    public boolean isAvailable() {
        return program.isPresent();
    }

    /** The PDF of a Word file. */
    public byte[] convert(byte[] docx) {
        Path soffice = program.orElseThrow(PdfUnavailableException::new);
        Path work = null;
        try {
            work = Files.createTempDirectory("report-pdf-");
            Path in = work.resolve("draft.docx");
            Files.write(in, docx);
            Path profile = work.resolve("profile");
            ProcessBuilder builder = new ProcessBuilder(soffice.toString(),
                    "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--norestore", "--nolockcheck",
                    "--convert-to", "pdf", "--outdir", work.toString(), in.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("soffice.log").toFile());
            builder.environment().put("HOME", work.toString());
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new PdfConversionException("LibreOffice did not finish within " + timeout.toSeconds() + " s");
            }
            Path pdf = work.resolve("draft.pdf");
            if (process.exitValue() != 0 || !Files.isRegularFile(pdf)) {
                throw new PdfConversionException("LibreOffice could not convert the report (exit "
                        + process.exitValue() + "): " + log(work));
            }
            return Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PdfConversionException("interrupted while converting the report");
        } finally {
            if (work != null) {
                delete(work);
            }
        }
    }

    /** The first of {@code soffice} or {@code libreoffice} found on the {@code PATH}. */
    static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : PROGRAMS) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static String log(Path work) {
        try {
            String log = Files.readString(work.resolve("soffice.log"));
            return log.length() > 500 ? log.substring(0, 500) : log;
        } catch (IOException e) {
            return "";
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is no reason to fail the download
        }
    }

    /** LibreOffice is not installed: the PDF cannot be made here. */
    public static class PdfUnavailableException extends IllegalStateException {
        public PdfUnavailableException() {
            super("LibreOffice is not installed: no PDF can be made");
        }
    }

    /** LibreOffice failed or took too long. */
    public static class PdfConversionException extends IllegalStateException {
        public PdfConversionException(String message) {
            super(message);
        }
    }
}

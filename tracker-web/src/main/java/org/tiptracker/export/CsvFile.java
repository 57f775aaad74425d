package org.tiptracker.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tiptracker.common.SpreadsheetText;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so that Excel shows Arabic), RFC 4180, and
 * every data cell neutralized against formulas ({@link SpreadsheetText}).
 */
public final class CsvFile {

    private final CSVPrinter printer;

    private CsvFile(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    /** A CSV file written to {@code out}, starting with the byte-order mark; call {@link #flush()} at the end. */
    public static CsvFile to(OutputStream out) throws IOException {
        return new CsvFile(out);
    }

    /** A whole file: the header as it is, then the lines. */
    public static byte[] of(List<String> header, List<List<String>> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            CsvFile file = to(bytes);
            file.header(header);
            for (List<String> line : lines) {
                file.line(line);
            }
            file.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public void header(List<String> names) throws IOException {
        printer.printRecord(names);
    }

    /** A line of data, each cell neutralized against formulas. */
    public void line(List<String> cells) {
        try {
            printer.printRecord(cells.stream().map(SpreadsheetText::neutralize).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A typed line (as {@link TableSheet#row} takes it) as CSV text: dates ISO (yyyy-mm-dd),
     * numbers plain, null empty.
     */
    public static List<String> texts(List<?> values) {
        return values.stream().map(v -> v == null ? "" : v instanceof java.math.BigDecimal d ? d.toPlainString()
                : v.toString()).toList();
    }

    public void flush() throws IOException {
        printer.flush();
    }
}

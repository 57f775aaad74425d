package org.tiptracker.report.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tiptracker.report.DataTable;
import org.tiptracker.report.Footnote;
import org.tiptracker.report.SourceRef;

/**
 * How a paragraph's sources, footnotes and counted rows are stored: one per line, cells separated
 * by tabs (tabs and line breaks inside a cell become spaces; nothing the composer writes has them).
 */
final class BlockCodec {

    private BlockCodec() {
    }

    static String sources(List<SourceRef> sources) {
        return lines(sources.stream().map(s -> List.of(s.labelAr(), s.labelEn(), s.path())).toList());
    }

    static List<SourceRef> sources(String text) {
        return cells(text).stream().filter(c -> c.size() == 3).map(c -> new SourceRef(c.get(0), c.get(1), c.get(2))).toList();
    }

    static String footnotes(List<Footnote> footnotes) {
        return lines(footnotes.stream().map(f -> List.of(f.textAr(), f.textEn())).toList());
    }

    static List<Footnote> footnotes(String text) {
        return cells(text).stream().filter(c -> c.size() == 2).map(c -> new Footnote(c.get(0), c.get(1))).toList();
    }

    /** The Arabic headers, the English headers, then the rows. */
    static String data(DataTable table) {
        if (table.headersAr().isEmpty()) {
            return "";
        }
        List<List<String>> lines = new ArrayList<>();
        lines.add(table.headersAr());
        lines.add(table.headersEn());
        lines.addAll(table.rows());
        return lines(lines);
    }

    static DataTable data(String text) {
        List<List<String>> lines = cells(text);
        if (lines.size() < 2) {
            return DataTable.EMPTY;
        }
        return new DataTable(lines.get(0), lines.get(1), lines.subList(2, lines.size()));
    }

    private static String lines(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(String.join("\t", row.stream().map(BlockCodec::clean).toList())).append('\n');
        }
        return out.toString();
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static List<List<String>> cells(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n", -1)).filter(l -> !l.isEmpty())
                .map(l -> List.of(l.split("\t", -1))).toList();
    }
}

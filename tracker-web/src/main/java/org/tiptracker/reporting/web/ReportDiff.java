package org.tiptracker.reporting.web;

import java.util.ArrayList;
import java.util.List;

import org.tiptracker.reporting.Measure;

/** What differs between two versions of a report: per measure for a conflict, per line for the history. */
public final class ReportDiff {

    private ReportDiff() {
    }

    /** How one measure differs: {@code CHANGED} (with the fields), {@code ADDED} by the other person, {@code ONLY_MINE}. */
    public enum Kind { CHANGED, ADDED, ONLY_MINE }

    /** One difference; {@code number} is the measure's number (1-based), {@code title} the stored or typed title. */
    public record MeasureDifference(int number, Kind kind, String title, List<String> fields) {
    }

    /** The differences between what the user typed and the report as stored now. */
    public static List<MeasureDifference> measures(List<ReportMeasureForm> mine, List<Measure> stored) {
        List<MeasureDifference> out = new ArrayList<>();
        int n = Math.max(mine.size(), stored.size());
        for (int i = 0; i < n; i++) {
            if (i >= mine.size()) {
                out.add(new MeasureDifference(i + 1, Kind.ADDED, stored.get(i).title(), List.of()));
            } else if (i >= stored.size()) {
                out.add(new MeasureDifference(i + 1, Kind.ONLY_MINE, mine.get(i).title, List.of()));
            } else {
                List<String> fields = mine.get(i).differences(ReportMeasureForm.of(stored.get(i)));
                if (!fields.isEmpty()) {
                    out.add(new MeasureDifference(i + 1, Kind.CHANGED, stored.get(i).title(), fields));
                }
            }
        }
        return out;
    }

    /** A line of a line-by-line comparison: {@code '='} kept, {@code '-'} removed, {@code '+'} added. */
    public record Line(char op, String text) {
        public boolean removed() { return op == '-'; }
        public boolean added() { return op == '+'; }
    }

    private static final int MAX_LINES = 3000;

    /** A line-by-line comparison (longest common subsequence); empty when the texts are too long to compare. */
    public static List<Line> lines(String before, String after) {
        String[] a = before == null || before.isEmpty() ? new String[0] : before.split("\n", -1);
        String[] b = after == null || after.isEmpty() ? new String[0] : after.split("\n", -1);
        if (a.length > MAX_LINES || b.length > MAX_LINES) {
            return List.of();
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                out.add(new Line('=', a[i]));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line('-', a[i++]));
            } else {
                out.add(new Line('+', b[j++]));
            }
        }
        while (i < a.length) {
            out.add(new Line('-', a[i++]));
        }
        while (j < b.length) {
            out.add(new Line('+', b[j++]));
        }
        return out;
    }
}

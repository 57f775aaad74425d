package org.tiptracker.report.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-by-word differences between two texts (longest common subsequence of words), as a reviewer
 * reads them: what was kept, deleted and inserted, with the spaces kept so the segments join back
 * into either text.
 */
public final class TextDiff {

    /** A run of text that both texts share, or that only the older or only the newer has. */
    public enum Change { EQUAL, DELETED, INSERTED }

    public record Segment(Change change, String text) {
        public boolean deleted() {
            return change == Change.DELETED;
        }

        public boolean inserted() {
            return change == Change.INSERTED;
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
    /** Above this many words on each side the texts are shown as one deletion and one insertion. */
    private static final int LIMIT = 4000;

    private TextDiff() {
    }

    public static List<Segment> between(String older, String newer) {
        List<String> a = tokens(older == null ? "" : older);
        List<String> b = tokens(newer == null ? "" : newer);
        List<Segment> segments = new ArrayList<>();
        if (a.size() > LIMIT || b.size() > LIMIT) {
            add(segments, Change.DELETED, String.join("", a));
            add(segments, Change.INSERTED, String.join("", b));
            return List.copyOf(segments);
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(segments, Change.EQUAL, a.get(i++));
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                add(segments, Change.INSERTED, b.get(j++));
            } else {
                add(segments, Change.DELETED, a.get(i++));
            }
        }
        return grouped(segments);
    }

    /**
     * Changes separated only by spaces read as one change: {@code ١٠ دول} → {@code ١١ دولة}, not
     * two; within each run of changes, what was deleted comes before what was inserted.
     */
    private static List<Segment> grouped(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            boolean bridge = s.change() == Change.EQUAL && s.text().isBlank() && k > 0 && k < segments.size() - 1
                    && segments.get(k - 1).change() != Change.EQUAL && segments.get(k + 1).change() != Change.EQUAL;
            if (s.change() == Change.EQUAL && !bridge) {
                flush(out, deleted, inserted);
                out.add(s);
            } else if (bridge) {
                deleted.append(s.text());
                inserted.append(s.text());
            } else {
                (s.deleted() ? deleted : inserted).append(s.text());
            }
        }
        flush(out, deleted, inserted);
        return List.copyOf(out);
    }

    private static void flush(List<Segment> out, StringBuilder deleted, StringBuilder inserted) {
        if (!deleted.isEmpty()) {
            out.add(new Segment(Change.DELETED, deleted.toString()));
        }
        if (!inserted.isEmpty()) {
            out.add(new Segment(Change.INSERTED, inserted.toString()));
        }
        deleted.setLength(0);
        inserted.setLength(0);
    }

    /** Whether the two texts differ other than in spaces. */
    public static boolean differ(String older, String newer) {
        return !normal(older).equals(normal(newer));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<Segment> segments, Change change, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).change() == change) {
            segments.set(last, new Segment(change, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(change, text));
        }
    }
}

package org.tiptracker.reporting.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.reporting.persistence.MeasureRow;
import org.tiptracker.web.DisplayFormat;

/** One row of the browser's table, ready to show in the page's language. */
record MeasureView(MeasureRow row, String participantName, String cycleTitle, String typeName, String datesText,
                   List<Segment> snippet, List<FigureText> figures) {

    /** A piece of the description; {@code hit} when it matched a searched word. */
    record Segment(String text, boolean hit) {
    }

    /** A reported figure: its name and its value, formatted. */
    record FigureText(String label, String value) {
    }

    static final int SNIPPET_WORDS = 36;

    static MeasureView of(MeasureRow row, List<String> words, Locale locale, DisplayFormat format,
                          java.util.function.Function<String, String> message) {
        boolean english = DisplayFormat.isEnglish(locale);
        String dates = "";
        if (row.startDate() != null || row.endDate() != null) {
            dates = format.date(row.startDate(), locale)
                    + (row.endDate() == null ? "" : " – " + format.date(row.endDate(), locale));
        }
        List<FigureText> figures = new ArrayList<>();
        for (Map.Entry<String, Integer> figure : row.figures().byField().entrySet()) {
            if (figure.getValue() != null) {
                figures.add(new FigureText(message.apply("figure." + figure.getKey()), format.number(figure.getValue(), locale)));
            }
        }
        return new MeasureView(row, english ? row.participantNameEn() : row.participantNameAr(),
                english ? row.cycleTitleEn() : row.cycleTitleAr(), english ? row.typeNameEn() : row.typeNameAr(), dates,
                snippet(row.description(), words), figures);
    }

    /**
     * Some {@value #SNIPPET_WORDS} words of the description around the first word that matches
     * the search (from the start when nothing is searched), matched words marked.
     */
    static List<Segment> snippet(String description, List<String> words) {
        if (description == null || description.isBlank()) {
            return List.of();
        }
        String[] tokens = description.strip().split("\\s+");
        boolean[] hits = new boolean[tokens.length];
        int first = -1;
        if (!words.isEmpty()) {
            for (int i = 0; i < tokens.length; i++) {
                String normalized = ArabicSearch.normalize(tokens[i]);
                for (String word : words) {
                    if (!normalized.isEmpty() && normalized.contains(word)) {
                        hits[i] = true;
                        break;
                    }
                }
                if (hits[i] && first < 0) {
                    first = i;
                }
            }
        }
        int from = first < 0 ? 0 : Math.max(0, first - SNIPPET_WORDS / 3);
        int to = Math.min(tokens.length, from + SNIPPET_WORDS);
        List<Segment> segments = new ArrayList<>();
        if (from > 0) {
            segments.add(new Segment("… ", false));
        }
        StringBuilder plain = new StringBuilder();
        for (int i = from; i < to; i++) {
            String token = tokens[i] + (i + 1 < to ? " " : "");
            if (hits[i]) {
                if (plain.length() > 0) {
                    segments.add(new Segment(plain.toString(), false));
                    plain.setLength(0);
                }
                segments.add(new Segment(tokens[i], true));
                if (i + 1 < to) {
                    plain.append(' ');
                }
            } else {
                plain.append(token);
            }
        }
        if (to < tokens.length) {
            plain.append(" …");
        }
        if (plain.length() > 0) {
            segments.add(new Segment(plain.toString(), false));
        }
        return segments;
    }
}

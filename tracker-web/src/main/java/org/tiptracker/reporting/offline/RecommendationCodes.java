package org.tiptracker.reporting.offline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tiptracker.arabic.Abjad;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.reporting.persistence.OfflineReportService.RecommendationName;
import org.tiptracker.workinggroup.RecommendationLabel;

/**
 * The short codes by which the offline workbook cites a recommendation of the Working Group.
 *
 * <p>A recommendation's code is the year of its meeting and its letter, as the Working Group's
 * papers cite it: {@code ٢٠١٣ (ب)}. Should two recommendations share that code (two meetings in
 * one year, or two paragraphs of one meeting's report lettered alike), each of them is written
 * with its meeting's number, {@code الاجتماع ٥، ٢٠١٣ (ب)}, and, if that is still shared, with
 * the paragraph of the meeting's report, {@code الاجتماع ٥، ٢٠١٣، الفقرة ١٦ (ب)}. The code
 * depends only on the recommendation's own meeting, paragraph and letter, so it stays the same
 * while other recommendations are added, unless one of them takes the same year and letter.
 *
 * <p>Reading, a code is recognized with Arabic-Indic or Western digits, with or without spaces,
 * parentheses, commas or kashida, and so are the longer forms when they name one recommendation. A code that names
 * no recommendation, or more than one, is not recognized.
 */
final class RecommendationCodes {

    private static final UnArabic AR = UnArabic.arabicIndic();
    private static final int TEXT_CHARS = 90;

    private final List<RecommendationName> recommendations;
    private final Map<Long, String> codes = new LinkedHashMap<>();
    private final Map<String, Long> byKey = new HashMap<>();

    RecommendationCodes(List<RecommendationName> recommendations) {
        this.recommendations = List.copyOf(recommendations);
        Map<String, Integer> shortUse = new HashMap<>();
        Map<String, Integer> meetingUse = new HashMap<>();
        for (RecommendationName r : this.recommendations) {
            shortUse.merge(key(shortCode(r)), 1, Integer::sum);
            meetingUse.merge(key(meetingCode(r)), 1, Integer::sum);
        }
        Set<String> ambiguous = new HashSet<>();
        for (RecommendationName r : this.recommendations) {
            String code = shortUse.get(key(shortCode(r))) == 1 ? shortCode(r)
                    : meetingUse.get(key(meetingCode(r))) == 1 || r.paragraph() == null ? meetingCode(r) : paragraphCode(r);
            codes.put(r.id(), code);
            List<String> accepted = new ArrayList<>(List.of(code));
            if (meetingUse.get(key(meetingCode(r))) == 1) {
                accepted.add(meetingCode(r));
            }
            if (r.paragraph() != null) {
                accepted.add(paragraphCode(r));
            }
            if (shortUse.get(key(shortCode(r))) == 1) {
                accepted.add(shortCode(r));
            }
            for (String form : accepted) {
                String k = key(form);
                Long before = byKey.putIfAbsent(k, r.id());
                if (before != null && before != r.id()) {
                    ambiguous.add(k);
                }
            }
        }
        ambiguous.forEach(byKey::remove);
    }

    /** The code of a recommendation, or empty if it is not one of them. */
    Optional<String> code(Long recommendationId) {
        return recommendationId == null ? Optional.empty() : Optional.ofNullable(codes.get(recommendationId));
    }

    /** Every code, in the order of the recommendations (newest meeting first, then by letter). */
    List<String> codes() {
        return List.copyOf(codes.values());
    }

    /** Each code followed by the beginning of the recommendation's text, for the instructions sheet. */
    List<String> descriptions() {
        return recommendations.stream()
                .map(r -> codes.get(r.id()) + " " + RecommendationLabel.shortened(r.textAr(), TEXT_CHARS)).toList();
    }

    /** The recommendation a cell names, if it names exactly one. */
    Optional<Long> recommendation(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.ofNullable(byKey.get(key(text)));
    }

    private static String shortCode(RecommendationName r) {
        return AR.year(r.year()) + " " + Abjad.item(r.position());
    }

    private static String meetingCode(RecommendationName r) {
        return "الاجتماع " + AR.year(r.meetingNumber()) + "، " + shortCode(r);
    }

    private static String paragraphCode(RecommendationName r) {
        return "الاجتماع " + AR.year(r.meetingNumber()) + "، " + AR.year(r.year()) + "، الفقرة "
                + AR.year(r.paragraph()) + " " + Abjad.item(r.position());
    }

    /**
     * What is compared: Western digits, no spaces, brackets, commas, kashida or diacritics, and
     * alef with hamza or madda as bare alef (so {@code 2013 (أ)} and {@code ٢٠١٣(ا)} are the same).
     */
    static String key(String text) {
        String s = Normalizer.normalize(UnArabic.westernDigits(text), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '(' || c == ')' || c == '[' || c == ']'
                    || c == ',' || c == '\u060C' || c == '\u0640' || c == '\u200F' || c == '\u200E'
                    || (c >= '\u064B' && c <= '\u0652')) {
                continue;
            }
            if (c == '\u0623' || c == '\u0625' || c == '\u0622') {
                c = '\u0627';
            }
            out.append(c);
        }
        return out.toString();
    }
}

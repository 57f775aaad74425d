package org.tiptracker.workinggroup;

import java.util.ArrayList;
import java.util.List;

import org.tiptracker.arabic.Abjad;
import org.tiptracker.arabic.UnArabic;

/**
 * A meeting's recommendations printed the way the secretariat's papers quote them: a lead-in
 * sentence, then the lettered sub-paragraphs, each but the last closed by {@code ؛} and the last
 * by a full stop:
 *
 * <pre>
 * واعتمد الفريق العامل في اجتماعه الخامس، في عام ٢٠١٣، التوصيات التالية المتعلقة بمنع الجريمة:
 * (أ) ينبغي للدول الأطراف ...؛
 * (ب) ...
 * </pre>
 *
 * <p>The lead-in is the paper's own sentence when one is recorded (papers word it in several
 * ways); otherwise it is composed from the meeting's number, its year and the optional subject
 * of the recommendations.
 */
public final class RecommendationParagraph {

    private static final UnArabic AR = UnArabic.arabicIndic();

    private RecommendationParagraph() {
    }

    /** The printed paragraph: its lead-in and its lettered items. */
    public record Printed(String leadIn, List<String> items) {

        public Printed {
            items = List.copyOf(items);
        }

        /** Lead-in and items, one per line. */
        public String text() {
            StringBuilder out = new StringBuilder(leadIn);
            items.forEach(item -> out.append('\n').append(item));
            return out.toString();
        }
    }

    /**
     * The composed lead-in: {@code واعتمد الفريق العامل في اجتماعه الخامس، في عام ٢٠١٣، التوصيات
     * التالية} followed by the subject if any, and a colon.
     */
    public static String composedLeadIn(int meetingNumber, int year, String subject) {
        String base = "واعتمد الفريق العامل في اجتماعه " + MeetingOrdinal.arabic(meetingNumber) + "، في عام "
                + AR.year(year) + "، التوصيات التالية";
        return base + (subject == null || subject.isBlank() ? "" : " " + subject.strip()) + ":";
    }

    /**
     * The paragraph for a meeting. {@code texts} are the recommendations' Arabic texts in the order
     * of their letters (1 = (أ)), without their closing punctuation (any is dropped and replaced).
     */
    public static Printed print(int meetingNumber, int year, String recordedLeadIn, String subject, List<String> texts) {
        String leadIn = recordedLeadIn == null || recordedLeadIn.isBlank()
                ? composedLeadIn(meetingNumber, year, subject) : recordedLeadIn.strip();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            boolean last = i == texts.size() - 1;
            items.add(Abjad.item(i + 1) + " " + withoutClosing(texts.get(i)) + (last ? "." : "؛"));
        }
        return new Printed(leadIn, items);
    }

    /** The text without the punctuation that closes it ({@code ؛ ; . ،} and spaces). */
    public static String withoutClosing(String text) {
        String t = text == null ? "" : text.strip();
        while (!t.isEmpty() && "؛;.،,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}

package org.tiptracker.workinggroup;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.tiptracker.arabic.Abjad;
import org.tiptracker.common.DomainException;

/**
 * What a meeting of the Working Group must be: its number counted as the Group counts (1 to
 * {@link MeetingOrdinal#MAX}), its year, dates in order and in that year, at most one question
 * for discussion per abjad letter, no text longer than {@link #MAX_TEXT}. Whether the number is
 * already another meeting's is the database's to say.
 */
public final class MeetingRules {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_QUESTIONS = Abjad.size();
    /** The longest free text of a meeting or a recommendation (lead-in, question, recommendation text). */
    public static final int MAX_TEXT = 10_000;

    private MeetingRules() {
    }

    /** Refuses the first broken rule, in the order the form lists the fields. */
    public static void check(Integer number, Integer year, LocalDate start, LocalDate end, List<String> questions) {
        if (number == null || number < 1 || number > MeetingOrdinal.MAX) {
            throw new DomainException("wg.meeting.number.range", 1, MeetingOrdinal.MAX);
        }
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            throw new DomainException("wg.meeting.year.range", MIN_YEAR, MAX_YEAR);
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new DomainException("wg.meeting.dates.order");
        }
        if (start == null && end != null) {
            throw new DomainException("wg.meeting.dates.startMissing");
        }
        if (start != null && start.getYear() != year) {
            throw new DomainException("wg.meeting.dates.year", year);
        }
        if (questions.size() > MAX_QUESTIONS) {
            throw new DomainException("wg.meeting.questions.tooMany", MAX_QUESTIONS);
        }
        questions.forEach(q -> checkLength(q, MAX_TEXT));
    }

    /**
     * The questions for discussion as typed, one per line: blank lines dropped, and a leading
     * letter as the papers print it ({@code (أ) }) taken away, since the page numbers them itself.
     */
    public static List<String> questions(String typed) {
        return typed == null ? List.of()
                : Arrays.stream(typed.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(s -> s.replaceFirst("^\\([^)]{1,3}\\)\\s*", "")).toList();
    }

    /** Refuses a text longer than {@code max} characters (surrounding spaces not counted). */
    public static void checkLength(String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new DomainException("wg.text.tooLong", max);
        }
    }
}

package org.tiptracker.report.print;

import java.util.Objects;

import org.tiptracker.arabic.GrammaticalCase;

/**
 * A General Assembly session as an ordinal in words, for sessions 1–199: the masthead of seed 001
 * prints {@code الدورة الحادية والسبعون} ({@code Seventy-first session}); para. 2 asks for the
 * report {@code في دورتها الحادية والسبعين}, the same ordinal in the oblique case.
 *
 * <p>The Arabic ordinal is feminine, agreeing with {@code الدورة}. Sessions above 100 follow the
 * UN Arabic form {@code الحادية بعد المائة} (101st), {@code الحادية عشرة بعد المائة} (111th).
 */
public final class SessionOrdinal {

    public static final int MAX = 199;

    /** Index 1..10: the feminine ordinals, with the article. */
    private static final String[] UNITS = {
        "", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
        "التاسعة", "العاشرة"
    };
    /** Index 2..9: the tens, nominative stems without the ending. */
    private static final String[] TENS = {"", "", "العشر", "الثلاث", "الأربع", "الخمس", "الست", "السبع", "الثمان", "التسع"};

    private static final String[] EN_UNITS = {
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth"
    };
    private static final String[] EN_TENS_CARDINAL = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
    };
    private static final String[] EN_TENS_ORDINAL = {
        "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"
    };

    private SessionOrdinal() {
    }

    /** The ordinal in the nominative: 71 → {@code الحادية والسبعون}, 100 → {@code المائة}. */
    public static String arabic(int session) {
        return arabic(session, GrammaticalCase.NOMINATIVE);
    }

    /** The ordinal in the given case: 71, oblique → {@code الحادية والسبعين}. */
    public static String arabic(int session, GrammaticalCase grammaticalCase) {
        check(session);
        Objects.requireNonNull(grammaticalCase, "grammaticalCase");
        if (session == 100) {
            return "المائة";
        }
        if (session > 100) {
            int rest = session - 100;
            return (rest == 1 ? "الحادية" : belowHundred(rest, grammaticalCase)) + " بعد المائة";
        }
        return belowHundred(session, grammaticalCase);
    }

    /** The masthead line: {@code الدورة الحادية والسبعون}. */
    public static String arabicSession(int session) {
        return "الدورة " + arabic(session);
    }

    /** The ordinal in English, lower case: 71 → {@code seventy-first}, 101 → {@code one hundred and first}. */
    public static String english(int session) {
        check(session);
        if (session == 100) {
            return "one hundredth";
        }
        if (session > 100) {
            return "one hundred and " + englishBelowHundred(session - 100);
        }
        return englishBelowHundred(session);
    }

    /** The masthead line: {@code Seventy-first session}. */
    public static String englishSession(int session) {
        String ordinal = english(session);
        return Character.toUpperCase(ordinal.charAt(0)) + ordinal.substring(1) + " session";
    }

    private static String belowHundred(int n, GrammaticalCase grammaticalCase) {
        if (n <= 10) {
            return UNITS[n];
        }
        if (n < 20) {
            String unit = n == 11 ? "الحادية" : UNITS[n - 10];
            return unit + " عشرة";
        }
        String tens = TENS[n / 10] + (grammaticalCase == GrammaticalCase.OBLIQUE ? "ين" : "ون");
        int unit = n % 10;
        if (unit == 0) {
            return tens;
        }
        return (unit == 1 ? "الحادية" : UNITS[unit]) + " و" + tens;
    }

    private static String englishBelowHundred(int n) {
        if (n < 20) {
            return EN_UNITS[n];
        }
        int unit = n % 10;
        return unit == 0 ? EN_TENS_ORDINAL[n / 10] : EN_TENS_CARDINAL[n / 10] + "-" + EN_UNITS[unit];
    }

    private static void check(int session) {
        if (session < 1 || session > MAX) {
            throw new IllegalArgumentException("a session from 1 to " + MAX + ", not " + session);
        }
    }
}

package org.tiptracker.arabic;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Secretary-General's report sentences on the States that became parties to a treaty
 * during the reporting period and the number of parties at a date (seed 001, para. 3):
 *
 * <blockquote>وخلال الفترة المشمولة بالتقرير، أصبحت سبع دول أطرافاً في اتفاقية الجريمة المنظمة،
 * وهي: سيراليون (١٢ آب/أغسطس ٢٠١٤)، ... . وحتى ٣٠ أيار/مايو ٢٠١٦، كانت هناك ١٨٦ دولة طرفاً في
 * الاتفاقية.</blockquote>
 *
 * The States are listed in the order given (chronological, as the report lists them).
 */
public final class ChangesParagraph {

    private static final String ARABIC_PERIOD = "وخلال الفترة المشمولة بالتقرير، ";
    private static final String ENGLISH_PERIOD = "During the reporting period, ";
    private static final String[] ENGLISH_SMALL = {
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
    };

    private ChangesParagraph() {
    }

    /**
     * The two Arabic sentences, introducing the list with {@code "، وهي: "}, as the seed does
     * for the Convention.
     *
     * @param treatyShortName       e.g. {@code اتفاقية الجريمة المنظمة}
     * @param treatyBackReference   e.g. {@code الاتفاقية}
     * @param joinedChronologically the States that joined, with their dates, in report order
     * @param asOf                  the date of the count of parties
     * @param partiesAsOf           the number of parties at {@code asOf}
     */
    public static String compose(UnArabic fmt, String treatyShortName, String treatyBackReference,
                                 List<NamedDate> joinedChronologically, LocalDate asOf, long partiesAsOf) {
        return compose(fmt, treatyShortName, treatyBackReference, joinedChronologically, asOf,
                partiesAsOf, true);
    }

    /**
     * The two Arabic sentences.
     *
     * @param namingClause {@code true}: the list follows {@code "، وهي: "} (the seed's Convention
     *                     sentence); {@code false}: it follows {@code ": "} (its Protocol sentence)
     */
    public static String compose(UnArabic fmt, String treatyShortName, String treatyBackReference,
                                 List<NamedDate> joinedChronologically, LocalDate asOf, long partiesAsOf,
                                 boolean namingClause) {
        Objects.requireNonNull(fmt, "fmt");
        requireCount(partiesAsOf);
        return joinedSentence(fmt, treatyShortName, joinedChronologically, namingClause)
                + " " + partiesSentence(fmt, treatyBackReference, asOf, partiesAsOf);
    }

    /**
     * The same two sentences in English: "During the reporting period, seven States became
     * parties to the Organized Crime Convention: Sierra Leone (12 August 2014), ... and the
     * Republic of Korea (5 November 2015). As at 30 May 2016, there were 186 States parties to
     * the Convention." Counts under 10 are in words.
     *
     * @param treatyShortName     e.g. {@code Organized Crime Convention}; "the " is added unless
     *                            the name already starts with it
     * @param treatyBackReference e.g. {@code the Convention} (or {@code Convention}; same rule)
     */
    public static String composeEnglish(String treatyShortName, String treatyBackReference,
                                        List<NamedDate> joinedChronologically, LocalDate asOf,
                                        long partiesAsOf) {
        requireCount(partiesAsOf);
        return englishJoinedSentence(treatyShortName, joinedChronologically)
                + " " + englishPartiesSentence(treatyBackReference, asOf, partiesAsOf);
    }

    private static String joinedSentence(UnArabic fmt, String treaty, List<NamedDate> joined,
                                         boolean namingClause) {
        if (joined.isEmpty()) {
            return ARABIC_PERIOD + "لم تصبح أي دولة طرفاً في " + treaty + ".";
        }
        List<String> items = new ArrayList<>(joined.size());
        for (NamedDate state : joined) {
            items.add(state.name() + " (" + fmt.date(state.date()) + ")");
        }
        return ARABIC_PERIOD + "أصبحت "
                + fmt.countAccusative(joined.size(), CountedNoun.STATE, Complement.PARTY)
                + " في " + treaty + (namingClause ? "، وهي: " : ": ") + fmt.list(items) + ".";
    }

    private static String partiesSentence(UnArabic fmt, String backReference, LocalDate asOf, long parties) {
        String opening = "وحتى " + fmt.date(asOf) + "، ";
        if (parties == 0) {
            return opening + "لم تكن هناك أي دولة طرفاً في " + backReference + ".";
        }
        return opening + "كانت هناك "
                + fmt.countAccusative(parties, CountedNoun.STATE, Complement.PARTY)
                + " في " + backReference + ".";
    }

    private static String englishJoinedSentence(String treaty, List<NamedDate> joined) {
        int n = joined.size();
        if (n == 0) {
            return ENGLISH_PERIOD + "no State became a party to " + withThe(treaty) + ".";
        }
        List<String> items = new ArrayList<>(n);
        for (NamedDate state : joined) {
            items.add(state.name() + " (" + englishDate(state.date()) + ")");
        }
        String became = n == 1 ? "one State became a party" : englishNumber(n) + " States became parties";
        return ENGLISH_PERIOD + became + " to " + withThe(treaty) + ": " + englishList(items) + ".";
    }

    private static String englishPartiesSentence(String backReference, LocalDate asOf, long parties) {
        String were = parties == 1 ? "there was one State party" : "there were " + englishNumber(parties) + " States parties";
        return "As at " + englishDate(asOf) + ", " + were + " to " + withThe(backReference) + ".";
    }

    private static String withThe(String name) {
        return name.regionMatches(true, 0, "the ", 0, 4) ? name : "the " + name;
    }

    /** An English date as the UN prints it: {@code 12 August 2014}. */
    static String englishDate(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " " + d.getYear();
    }

    private static String englishNumber(long n) {
        return n < ENGLISH_SMALL.length ? ENGLISH_SMALL[(int) n] : String.format(Locale.ENGLISH, "%,d", n);
    }

    private static String englishList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static void requireCount(long parties) {
        if (parties < 0) {
            throw new IllegalArgumentException("a number of parties cannot be negative: " + parties);
        }
    }
}

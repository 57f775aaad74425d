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
 *
 * <p>The two sentences count differently (see {@link Sentence}): the first counts the States and
 * names a regional economic integration organization (the European Union) apart,
 * {@code أصبحت دولتان والاتحاد الأوروبي أطرافاً في بروتوكول الأسلحة النارية، وهي: …}; the second keeps
 * the seed's total, {@code ١٨٦ دولة طرفاً}, which counts every party, the European Union included.
 * The list after the colon is separated by {@code ،} alone (seed 001, paras 3 and 5); the pronoun
 * that introduces it agrees with all that are named: {@code وهما} for two, {@code وهي} otherwise.
 */
public final class ChangesParagraph {

    /** The sentences of the paragraph and how each counts the parties. */
    public enum Sentence {
        /** Who became parties in the period: States counted, the organization named apart. */
        BECAME_PARTIES(PartyCounting.STATES_AND_ORGANIZATIONS_APART),
        /** The parties at a date: every party counted as a State party, as seed 001 prints it. */
        PARTIES_AS_OF(PartyCounting.ALL_AS_STATES_PARTIES);

        private final PartyCounting counting;

        Sentence(PartyCounting counting) {
            this.counting = counting;
        }

        /** How this sentence counts the parties. */
        public PartyCounting counting() {
            return counting;
        }
    }

    private static final String ARABIC_PERIOD = "وخلال الفترة المشمولة بالتقرير، ";
    private static final String ENGLISH_PERIOD = "During the reporting period, ";
    private static final String[] ENGLISH_SMALL = {
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
    };

    private ChangesParagraph() {
    }

    /**
     * The two Arabic sentences, introducing the list with {@code "، وهي: "} ({@code "، وهما: "}
     * for two), as the seed does for the Convention.
     *
     * @param treatyShortName       e.g. {@code اتفاقية الجريمة المنظمة}
     * @param treatyBackReference   e.g. {@code الاتفاقية}
     * @param joinedChronologically the States (and organizations, {@link NamedDate#organization()})
     *                              that joined, with their dates, in report order
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
     * @param namingClause {@code true}: the list follows {@code "، وهي: "} or {@code "، وهما: "} (the seed's Convention
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
        List<String> organizations = new ArrayList<>();
        for (NamedDate party : joined) {
            items.add(party.name() + " (" + fmt.date(party.date()) + ")");
            if (party.organization()) {
                organizations.add(party.name());
            }
        }
        int states = joined.size() - organizations.size();
        if (states == 0 && organizations.size() == 1) {
            return ARABIC_PERIOD + "أصبح " + organizations.get(0) + " " + Complement.PARTY.forCount(1) + " في " + treaty
                    + " (" + fmt.date(joined.get(0).date()) + ").";
        }
        String subject = states == 0
                ? "أصبح " + fmt.listWithAnd(organizations)
                : "أصبحت " + fmt.count(states, CountedNoun.STATE)
                        + (organizations.isEmpty() ? "" : " و" + fmt.listWithAnd(organizations));
        String pronoun = joined.size() == 2 ? "وهما" : "وهي";
        return ARABIC_PERIOD + subject + " " + Complement.PARTY.forCount(joined.size())
                + " في " + treaty + (namingClause ? "، " + pronoun + ": " : ": ") + fmt.list(items) + ".";
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
        List<String> organizations = new ArrayList<>();
        for (NamedDate party : joined) {
            String name = party.organization() ? withThe(party.name()) : party.name();
            items.add(name + " (" + englishDate(party.date()) + ")");
            if (party.organization()) {
                organizations.add(name);
            }
        }
        int states = n - organizations.size();
        if (states == 0 && organizations.size() == 1) {
            return ENGLISH_PERIOD + organizations.get(0) + " became a party to " + withThe(treaty)
                    + " (" + englishDate(joined.get(0).date()) + ").";
        }
        String counted = states == 0 ? "" : englishNumber(states) + (states == 1 ? " State" : " States");
        String subject = organizations.isEmpty() ? counted
                : counted.isEmpty() ? englishList(organizations) : counted + " and " + englishList(organizations);
        String became = n == 1 ? " became a party" : " became parties";
        return ENGLISH_PERIOD + subject + became + " to " + withThe(treaty) + ": " + englishList(items) + ".";
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

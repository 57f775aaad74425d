package org.tiptracker.report.compose;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.tiptracker.arabic.UnArabic;
import org.tiptracker.arabic.UnArabicOrder;
import org.tiptracker.report.BlockRole;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.DataTable;
import org.tiptracker.report.ReportFacts;
import org.tiptracker.report.ReportFacts.DocumentFact;
import org.tiptracker.report.ReportMandate;
import org.tiptracker.report.SourceRef;

/**
 * What every chapter needs while it is composed: the facts, the Arabic formatter and the block
 * builders, which place each block in the chapter and section the context is for.
 */
final class Context {

    static final String GLOBAL_PLAN = "A/RES/64/293";

    final ReportFacts facts;
    final ReportMandate mandate;
    final UnArabic ar;
    /** The chapter (1–9) and section (1–3 in chapter III) the blocks go into; 0 and 0 for the summary. */
    private final int chapter;
    private final int section;

    Context(ReportFacts facts) {
        this(Objects.requireNonNull(facts, "facts"), new UnArabic(facts.mandate().digits()), 0, 0);
    }

    private Context(ReportFacts facts, UnArabic ar, int chapter, int section) {
        this.facts = facts;
        this.mandate = facts.mandate();
        this.ar = ar;
        this.chapter = chapter;
        this.section = section;
    }

    /** The same facts, for the blocks of a chapter outside its sections. */
    Context chapter(int number) {
        return new Context(facts, ar, number, 0);
    }

    /** The same facts, for the blocks of a section of this context's chapter. */
    Context section(int number) {
        return new Context(facts, ar, chapter, number);
    }

    // ------------------------------------------------------------ documents

    /** A resolution as the Arabic text cites it: {@code ١٧٩/٧٠}. */
    String res(String symbol) {
        return ar.resolution(symbol);
    }

    /** A resolution as the English text cites it: {@code 70/179}. */
    static String resEn(String symbol) {
        String[] parts = symbol.trim().split("/");
        return parts[parts.length - 2] + "/" + parts[parts.length - 1];
    }

    Optional<DocumentFact> document(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        return facts.resolutions().stream().filter(d -> symbol.equalsIgnoreCase(d.symbol())).findFirst();
    }

    SourceRef resolutionSource(String symbol) {
        return new SourceRef("القرار " + res(symbol), "resolution " + resEn(symbol), "/documents/find?symbol=" + symbol);
    }

    String requesting() {
        return mandate.requestingResolution();
    }

    // ------------------------------------------------------------ dates and names

    String date(LocalDate d) {
        return ar.date(d);
    }

    static String dateEn(LocalDate d) {
        return d.getDayOfMonth() + " " + monthEn(d.getMonthValue()) + " " + d.getYear();
    }

    static String monthEn(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String monthEn(YearMonth ym) {
        return monthEn(ym.getMonthValue()) + " " + ym.getYear();
    }

    String iso(LocalDate d) {
        return d.toString();
    }

    /** Arabic names in UN Arabic order. */
    static List<String> unOrder(List<String> names) {
        return names.stream().sorted(UnArabicOrder.INSTANCE).toList();
    }

    static Comparator<String> unOrder() {
        return UnArabicOrder.INSTANCE;
    }

    /** "A", "A and B", "A, B and C". */
    static String listEn(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static final String[] SMALL_EN = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    /** A count in English as the UN writes it: words under 10, digits from 10 ({@code 1,066}). */
    static String numberEn(long n) {
        return n >= 0 && n < SMALL_EN.length ? SMALL_EN[(int) n] : String.format(Locale.ENGLISH, "%,d", n);
    }

    /** A count with its noun: "one State", "seven States", "12 States". */
    static String countEn(long n, String singular, String plural) {
        return numberEn(n) + " " + (n == 1 ? singular : plural);
    }

    private static final String[] UNITS_EN = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS_EN = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};

    /**
     * A count opening an English sentence, spelled out as UN English does up to 99 ("Twelve States",
     * "Thirty-three States"); from 100 the sentence opens with "A total of 100 States".
     */
    static String openingCountEn(long n, String singular, String plural) {
        String noun = n == 1 ? singular : plural;
        if (n >= 0 && n < 20) {
            return capitalize(UNITS_EN[(int) n]) + " " + noun;
        }
        if (n < 100) {
            int unit = (int) (n % 10);
            return capitalize(TENS_EN[(int) (n / 10)] + (unit == 0 ? "" : "-" + UNITS_EN[unit])) + " " + noun;
        }
        return "A total of " + String.format(Locale.ENGLISH, "%,d", n) + " " + noun;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A text from the records ends as a sentence does. */
    static String sentence(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?".indexOf(last) >= 0 || last == '؟' ? t : t + ".";
    }

    // ------------------------------------------------------------ blocks

    ComposedBlock heading(String key, BlockRole role, String textAr, String textEn) {
        return new ComposedBlock(key, role, chapter, section, arabic(textAr), textEn, false, List.of(), DataTable.EMPTY,
                List.of());
    }

    ComposedBlock paragraph(String key, String textAr, String textEn, List<SourceRef> sources, DataTable data) {
        return block(key, BlockRole.PARAGRAPH, textAr, textEn, sources, data);
    }

    ComposedBlock block(String key, BlockRole role, String textAr, String textEn, List<SourceRef> sources, DataTable data) {
        return new ComposedBlock(key, role, chapter, section, arabic(textAr), textEn, false, distinct(sources), data,
                List.of());
    }

    /** A place only people can fill, saying in both languages what belongs there. */
    ComposedBlock placeholder(String key, String whatAr, String whatEn) {
        return new ComposedBlock(key, BlockRole.PARAGRAPH, chapter, section,
                arabic("[نص يكتبه موظفو الأمانة: " + whatAr + "]"),
                "[Narrative to be written by the secretariat: " + whatEn + "]", true, List.of(), DataTable.EMPTY, List.of());
    }

    /** Arabic text in the report's digits, with its Latin runs isolated. */
    String arabic(String text) {
        return Bidi.isolateLatin(text, ar::digits);
    }

    private static List<SourceRef> distinct(List<SourceRef> sources) {
        List<SourceRef> out = new ArrayList<>();
        for (SourceRef s : sources) {
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    static DataTable table(List<String> headersAr, List<String> headersEn, List<List<String>> rows) {
        return new DataTable(headersAr, headersEn, rows);
    }

    /** A key part made of an agency acronym or a code: letters, digits and {@code _} only. */
    static String keyPart(String s) {
        return s == null ? "NONE" : s.strip().replaceAll("[^A-Za-z0-9]+", "_");
    }
}

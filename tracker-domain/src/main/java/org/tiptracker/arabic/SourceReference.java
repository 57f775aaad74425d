package org.tiptracker.arabic;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a record comes from, as an Arabic page prints it. The reference data names its sources in
 * English ({@code report of the Secretary-General of 1 July 2016, para. 88},
 * {@code CTOC/COP/WG.4/2019/1 (29 July 2019), para. 38}); an Arabic reader is given the same
 * reference in UN Arabic ({@code تقرير الأمين العام المؤرخ ١ تموز/يوليه ٢٠١٦، الفقرة ٨٨}), with the
 * document symbols kept in Latin letters and digits and isolated (U+2066 … U+2069) so that their
 * slashes and the Arabic punctuation around them keep their order. A source in a form this class
 * does not know (a press release, a URL) is not translated word by word: {@link Rendered#arabic()}
 * is false and the page shows the English marked as English.
 */
public final class SourceReference {

    /** Left-to-right isolate and pop directional isolate, around a Latin symbol inside Arabic text. */
    public static final char LRI = '\u2066';
    public static final char PDI = '\u2069';

    /** The text to print and whether it is Arabic (otherwise the English source as it was recorded). */
    public record Rendered(String text, boolean arabic) {
    }

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern DATE = Pattern.compile("(\\d{1,2}) " + MONTHS + " (\\d{4})");
    private static final Pattern SYMBOL = Pattern.compile("(?<![\\p{L}\\d])[A-Z][A-Za-z]*(?:\\.\\d+)?(?:/[A-Za-z0-9.\\-]+)+");
    private static final Pattern PARAS_LIST = Pattern.compile("\\bpara\\. (\\d+(?:-\\d+)?(?:, \\d+(?:-\\d+)?)*) and (\\d+(?:-\\d+)?)");
    private static final Pattern PARA_RANGE = Pattern.compile("\\bparas?\\. (\\d+)-(\\d+)");
    private static final Pattern PARA = Pattern.compile("\\bparas?\\. (\\d+)");
    /** {@code seed 004 (COP draft resolution, 15 October 2020)}: the document and its date. */
    private static final Pattern SEED = Pattern.compile("seed \\d{3} \\((report of the Secretary-General|COP draft resolution|"
            + "Background paper by the Secretariat for the ninth meeting), (\\d{1,2} " + MONTHS + " \\d{4})\\)");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    /** Phrases of the reference data and their UN Arabic, longest first where one contains another. */
    private static final List<String[]> PHRASES = List.of(
            new String[] {"report of the Secretary-General of ", "تقرير الأمين العام المؤرخ "},
            new String[] {"Background paper by the Secretariat for the ninth meeting (",
                    "ورقة المعلومات الأساسية التي أعدتها الأمانة للاجتماع التاسع (المؤرخة "},
            new String[] {"COP, tenth session, revised draft resolution of ",
                    "مؤتمر الأطراف، الدورة العاشرة، مشروع القرار المنقح المؤرخ "},
            new String[] {"(announced for late ", "(أُعلن صدوره في أواخر عام "},
            new String[] {"operative part", "المنطوق"},
            new String[] {"first page", "الصفحة الأولى"},
            new String[] {"preamble", "الديباجة"},
            new String[] {"(heading ", "(العنوان "},
            new String[] {"footnote ", "الحاشية "});

    private SourceReference() {
    }

    /** {@code source} for an Arabic page, digits in {@code arabic}'s style. */
    public static Rendered arabic(String source, UnArabic arabic) {
        if (source == null || source.isBlank()) {
            return new Rendered("", true);
        }
        String text = source.strip();
        if (!LATIN_WORD.matcher(text).find()) {
            return new Rendered(isolateSymbols(text, arabic), true);
        }
        text = replace(SEED, text, m -> switch (m.group(1)) {
            case "report of the Secretary-General" -> "تقرير الأمين العام المؤرخ ";
            case "COP draft resolution" -> "مشروع قرار مؤتمر الأطراف المؤرخ ";
            default -> "ورقة المعلومات الأساسية التي أعدتها الأمانة للاجتماع التاسع، المؤرخة ";
        } + m.group(2));
        for (String[] phrase : PHRASES) {
            text = text.replace(phrase[0], phrase[1]);
        }
        text = replace(DATE, text, m -> arabic.date(LocalDate.of(Integer.parseInt(m.group(3)),
                Month.valueOf(m.group(2).toUpperCase(Locale.ROOT)), Integer.parseInt(m.group(1)))));
        text = replace(PARAS_LIST, text, m -> {
            String[] items = (m.group(1) + ", " + m.group(2)).split(", ");
            return (items.length == 2 ? "الفقرتان " : "الفقرات ") + String.join(" و", items);
        });
        text = replace(PARA_RANGE, text, m -> "الفقرات " + m.group(1) + "-" + m.group(2));
        text = replace(PARA, text, m -> "الفقرة " + m.group(1));
        text = text.replace("; ", "؛ ").replace(", ", "، ");
        String withoutSymbols = SYMBOL.matcher(text).replaceAll("");
        if (LATIN_WORD.matcher(withoutSymbols).find()) {
            return new Rendered(source.strip(), false);
        }
        return new Rendered(isolateSymbols(text, arabic), true);
    }

    /**
     * Arabic running text with its numbers in {@code arabic}'s digits and every Latin symbol
     * ({@code A/RES/70/179}, {@code CTOC/COP/WG.4/2019/1}) kept in Latin digits and isolated.
     */
    public static String isolateSymbols(String text, UnArabic arabic) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        Matcher m = SYMBOL.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(arabic.digits(text.substring(last, m.start())));
            out.append(LRI).append(m.group()).append(PDI);
            last = m.end();
        }
        out.append(arabic.digits(text.substring(last)));
        return out.toString();
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}

package org.tiptracker.report.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tiptracker.arabic.DigitStyle;
import org.tiptracker.report.BlockRole;
import org.tiptracker.report.DraftParagraph;
import org.tiptracker.report.Footnote;
import org.tiptracker.report.ParagraphKind;
import org.tiptracker.report.ReportMandate;

/**
 * A draft shaped like seed 001: its summary, its nine chapter headings and the three sections of
 * chapter III as the seed words them, the seed's own paras 3 and 5, a footnote with an English
 * title in it (the seed's footnote 3), a place for narrative and, on request, filler paragraphs to
 * make a report of the seed's length.
 */
final class ReportFixture {

    static final ReportMandate MANDATE = new ReportMandate("A/71/167", 71, 105, "A/71/50",
            "منع الجريمة والعدالة الجنائية", "Crime prevention and criminal justice",
            "تحسين تنسيق الجهود المبذولة لمكافحة الاتجار بالأشخاص",
            "Improving the coordination of efforts against trafficking in persons",
            "A/RES/70/179", "22", "A/RES/68/192", LocalDate.of(2016, 7, 1), LocalDate.of(2013, 12, 18),
            LocalDate.of(2016, 4, 1), LocalDate.of(2016, 5, 30), 3L, "en", DigitStyle.ARABIC_INDIC);

    static final String FOOTNOTE_3 = "UNHCR, \"Smuggling and trafficking from the East and Horn of Africa:"
            + " executive summary\" (March 2013). انظر الموقع الشبكي: www.unhcr.org";
    static final String PLACEHOLDER = "[يكتب هنا موظفو الأمانة ما يلزم عن موارد المكتب]";

    private static final Pattern CHAPTER = Pattern.compile(
            "^#+ (أولاً|ثانياً|ثالثاً|رابعاً|خامساً|سادساً|سابعاً|ثامناً|تاسعاً) ?- ?(.+)$");
    private static final Pattern SECTION = Pattern.compile("^#+ (ألف|باء|جيم) ?- ?(.+)$");

    private ReportFixture() {
    }

    static String seed() {
        try (InputStream in = ReportFixture.class.getResourceAsStream("/seeds/001_a3293bc004e53da5.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed's paragraph {@code n} (its text after the label), with the page-break lines joined. */
    static String seedParagraph(int n) {
        String label = org.tiptracker.arabic.UnArabic.arabicIndic().digits(Integer.toString(n));
        String[] lines = seed().split("\n");
        StringBuilder text = null;
        for (String raw : lines) {
            String line = raw.trim();
            if (text == null) {
                Matcher m = Pattern.compile("^" + label + " ?- (.+)$").matcher(line);
                if (m.matches()) {
                    text = new StringBuilder(m.group(1));
                }
            } else if (line.isEmpty()) {
                continue;
            } else if (line.startsWith("#") || line.matches("^[٠-٩]+ ?- .*") || line.matches("^\\([^ )]+\\) .*")) {
                break;
            } else {
                text.append(' ').append(line);
            }
        }
        if (text == null) {
            throw new IllegalArgumentException("no paragraph " + n + " in the seed");
        }
        return text.toString();
    }

    /** The seed's chapter headings in order, without their labels. */
    static List<String> chapterHeadings() {
        List<String> out = new ArrayList<>();
        for (String line : seed().split("\n")) {
            Matcher m = CHAPTER.matcher(line.trim());
            if (m.matches()) {
                out.add(m.group(2).trim());
            }
        }
        return out;
    }

    static List<String> sectionHeadings() {
        List<String> out = new ArrayList<>();
        for (String line : seed().split("\n")) {
            Matcher m = SECTION.matcher(line.trim());
            if (m.matches()) {
                out.add(m.group(2).trim());
            }
        }
        return out;
    }

    /** The draft; {@code fillerPerChapter} extra numbered paragraphs in each chapter. */
    static List<DraftParagraph> draft(int fillerPerChapter) {
        List<DraftParagraph> out = new ArrayList<>();
        long[] id = {1};
        List<String> chapters = chapterHeadings();
        List<String> sections = sectionHeadings();
        String summary = seed().split("\n")[seed().lines().toList().indexOf("ملخص") + 2].trim();
        out.add(p(id, BlockRole.SUMMARY, 0, summary, "Summary of the report.", false, List.of()));
        for (int c = 1; c <= 9; c++) {
            out.add(p(id, BlockRole.CHAPTER_HEADING, c, chapters.get(c - 1), "Chapter " + c, false, List.of()));
            switch (c) {
                case 1 -> {
                    out.add(p(id, BlockRole.PARAGRAPH, 1, seedParagraph(1), "Para 1", false, List.of()));
                    out.add(p(id, BlockRole.PARAGRAPH, 1, seedParagraph(2), "Para 2", false, List.of()));
                }
                case 2 -> {
                    out.add(p(id, BlockRole.PARAGRAPH, 2, seedParagraph(3), "Para 3", false, List.of()));
                    out.add(p(id, BlockRole.PARAGRAPH, 2, seedParagraph(4), "Para 4", false, List.of()));
                }
                case 3 -> {
                    out.add(p(id, BlockRole.SECTION_HEADING, 3, sections.get(0), "Measures reported by Member States",
                            false, List.of()));
                    out.add(p(id, BlockRole.PARAGRAPH, 3, seedParagraph(5), "As at 30 May 2016, the following States"
                            + " had replied: Argentina, Armenia.", false, List.of()));
                    out.add(p(id, BlockRole.SUBSECTION_HEADING, 3, "التشريعات", "Legislation", false, List.of()));
                    out.add(p(id, BlockRole.PARAGRAPH, 3, "أفادت الدول بأنها اعتمدت تشريعات (انظر الوثيقة"
                            + " \u2066CTOC/COP/WG.4/2019/1\u2069).", "States reported laws (see CTOC/COP/WG.4/2019/1).",
                            false, List.of(new Footnote(FOOTNOTE_3, "UNHCR, \"Smuggling and trafficking\"."))));
                    out.add(p(id, BlockRole.SECTION_HEADING, 3, sections.get(1), "Activities", false, List.of()));
                    out.add(p(id, BlockRole.SECTION_HEADING, 3, sections.get(2), "Assessment", false, List.of()));
                }
                case 8 -> out.add(p(id, BlockRole.PARAGRAPH, 8, PLACEHOLDER, "[Staff write here]", true, List.of()));
                case 9 -> {
                    out.add(p(id, BlockRole.PARAGRAPH, 9, seedParagraph(97), "Recommendations:", false, List.of()));
                    out.add(p(id, BlockRole.SUBPARAGRAPH, 9, "مناشدة الدول الأعضاء التي لم تصدّق بعد",
                            "Urge Member States", false, List.of()));
                    out.add(p(id, BlockRole.SUBPARAGRAPH, 9, "دعوة الدول الأعضاء إلى التبرع", "Invite Member States",
                            false, List.of(new Footnote("حاشية الفصل التاسع", "Chapter IX note"))));
                }
                default -> {
                }
            }
            for (int i = 0; i < fillerPerChapter; i++) {
                out.add(p(id, BlockRole.PARAGRAPH, c, seedParagraph(2), "Filler paragraph.", false, List.of()));
            }
        }
        return out;
    }

    private static DraftParagraph p(long[] id, BlockRole role, int chapter, String ar, String en, boolean placeholder,
                                    List<Footnote> notes) {
        ParagraphKind kind = role.isHeading() ? ParagraphKind.HEADING
                : placeholder ? ParagraphKind.NARRATIVE : ParagraphKind.GENERATED;
        return new DraftParagraph(id[0]++, "k" + id[0], role, chapter, 0, kind, ar, en, placeholder, notes);
    }
}

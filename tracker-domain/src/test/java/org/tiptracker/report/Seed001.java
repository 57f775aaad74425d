package org.tiptracker.report;

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
import org.tiptracker.arabic.UnArabic;

/**
 * Seed 001 (the 2016 report) read into a draft: its summary, its labelled headings, its 97
 * numbered paragraphs, the sub-paragraphs of chapter IX and its footnotes, each with the label
 * the seed prints, so that the layout can be checked against the document itself.
 */
final class Seed001 {

    /** A block of the seed with the label it prints (spaces before the dash dropped: {@code أولاً-}). */
    record Printed(DraftParagraph paragraph, String seedLabel, Integer seedNumber) {
    }

    static final ReportMandate MANDATE = new ReportMandate("A/71/167", 71, 105, "A/71/50",
            "منع الجريمة والعدالة الجنائية", "Crime prevention and criminal justice",
            "تحسين تنسيق الجهود المبذولة لمكافحة الاتجار بالأشخاص",
            "Improving the coordination of efforts against trafficking in persons",
            "A/RES/70/179", "22", "A/RES/68/192", LocalDate.of(2016, 7, 1), LocalDate.of(2013, 12, 18),
            LocalDate.of(2016, 4, 1), LocalDate.of(2016, 5, 30), 3L, "en", DigitStyle.ARABIC_INDIC);

    private static final Pattern HEADING = Pattern.compile("^(\\S+?) ?- ?(.+)$");
    private static final Pattern PARAGRAPH = Pattern.compile("^([٠-٩]+) ?- (.+)$");
    private static final Pattern FOOTNOTE = Pattern.compile("^\\(([٠-٩]+)\\) (.+)$");
    private static final Pattern SUBPARAGRAPH = Pattern.compile("^\\(([^)٠-٩ ]+)\\) (.+)$");
    private static final List<String> CHAPTERS = List.of("أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً",
            "سابعاً", "ثامناً", "تاسعاً");

    private Seed001() {
    }

    static String text() {
        try (InputStream in = Seed001.class.getResourceAsStream("/seeds/001_a3293bc004e53da5.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines() {
        return List.of(text().split("\n"));
    }

    /** The seed read as a draft, in order. */
    static List<Printed> blocks() {
        List<String> lines = lines();
        List<Builder> out = new ArrayList<>();
        int summary = lines.indexOf("ملخص");
        Builder summaryBlock = new Builder(BlockRole.SUMMARY, 0, "", null);
        summaryBlock.text.append(lines.get(summary + 2).trim());
        out.add(summaryBlock);
        int start = 0;
        while (!lines.get(start).startsWith("## أولاً")) {
            start++;
        }
        int chapter = 0;
        boolean inFootnote = false;
        for (String raw : lines.subList(start, lines.size())) {
            String line = raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m;
            if (line.startsWith("#")) {
                inFootnote = false;
                String heading = line.replaceFirst("^#+\\s*", "");
                m = HEADING.matcher(heading);
                if (!m.matches()) {
                    continue; // an unlabelled heading (III.C's sub-heading): not in the model
                }
                String label = m.group(1);
                BlockRole role;
                if (CHAPTERS.contains(label)) {
                    role = BlockRole.CHAPTER_HEADING;
                    chapter = CHAPTERS.indexOf(label) + 1;
                } else if (label.matches("[٠-٩]+")) {
                    role = BlockRole.SUBSECTION_HEADING;
                } else {
                    role = BlockRole.SECTION_HEADING;
                }
                Builder b = new Builder(role, chapter, label + "-", null);
                b.text.append(m.group(2).trim());
                out.add(b);
            } else if ((m = PARAGRAPH.matcher(line)).matches()) {
                inFootnote = false;
                int number = Integer.parseInt(UnArabic.westernDigits(m.group(1)));
                Builder b = new Builder(BlockRole.PARAGRAPH, chapter, m.group(1) + " -", number);
                b.text.append(m.group(2).trim());
                out.add(b);
            } else if ((m = FOOTNOTE.matcher(line)).matches()) {
                inFootnote = true;
                lastText(out).footnotes.add(new StringBuilder(m.group(2).trim()));
            } else if ((m = SUBPARAGRAPH.matcher(line)).matches()) {
                inFootnote = false;
                Builder b = new Builder(BlockRole.SUBPARAGRAPH, chapter, "(" + m.group(1) + ")", null);
                b.text.append(m.group(2).trim());
                out.add(b);
            } else {
                Builder last = out.get(out.size() - 1);
                StringBuilder target = inFootnote ? lastText(out).footnotes.get(lastText(out).footnotes.size() - 1)
                        : last.text;
                target.append(' ').append(line);
            }
        }
        List<Printed> printed = new ArrayList<>();
        long id = 1;
        for (Builder b : out) {
            List<Footnote> footnotes = b.footnotes.stream().map(f -> new Footnote(f.toString(), "")).toList();
            ParagraphKind kind = b.role.isHeading() ? ParagraphKind.HEADING : ParagraphKind.GENERATED;
            DraftParagraph p = new DraftParagraph(id, "seed." + id, b.role, b.chapter, 0, kind, b.text.toString(),
                    "", false, footnotes);
            id++;
            printed.add(new Printed(p, b.label, b.number));
        }
        return printed;
    }

    static List<DraftParagraph> draft() {
        return blocks().stream().map(Printed::paragraph).toList();
    }

    private static Builder lastText(List<Builder> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i).role == BlockRole.PARAGRAPH || out.get(i).role == BlockRole.SUBPARAGRAPH) {
                return out.get(i);
            }
        }
        return out.get(out.size() - 1);
    }

    private static final class Builder {
        final BlockRole role;
        final int chapter;
        final String label;
        final Integer number;
        final StringBuilder text = new StringBuilder();
        final List<StringBuilder> footnotes = new ArrayList<>();

        Builder(BlockRole role, int chapter, String label, Integer number) {
            this.role = role;
            this.chapter = chapter;
            this.label = label;
            this.number = number;
        }
    }
}

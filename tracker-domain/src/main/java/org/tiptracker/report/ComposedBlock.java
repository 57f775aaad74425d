package org.tiptracker.report;

import java.util.List;
import java.util.Objects;

/**
 * One block of a report as the composer builds it from the records.
 *
 * @param key         stable identity across regenerations, e.g. {@code II.parties.UNTOC},
 *                    {@code III.A.1.LAW_ADOPTED}, {@code III.B.UNODC.activity.42}; unique in a report
 * @param role        its place in the report's shape
 * @param chapter     1–9 (0 for the summary)
 * @param section     the section letter index inside chapter III (1 = ألف), or 0
 * @param textAr      the Arabic text (UN Arabic; headings without their number or letter)
 * @param textEn      the English text
 * @param placeholder {@code true} for a place only people can fill: the text says what belongs there
 *                    (stored as a narrative paragraph, marked as such on the page and in exports)
 * @param sources     what it was built from (empty for headings and placeholders)
 * @param data        the rows it counted ({@link DataTable#EMPTY} when none)
 * @param footnotes   its footnotes, in order
 */
public record ComposedBlock(String key, BlockRole role, int chapter, int section, String textAr, String textEn,
                            boolean placeholder, List<SourceRef> sources, DataTable data, List<Footnote> footnotes) {

    public ComposedBlock {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(textAr, "textAr");
        Objects.requireNonNull(textEn, "textEn");
        if (chapter < 0 || chapter > 9) {
            throw new IllegalArgumentException("chapter 0 (summary) to 9: " + chapter);
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
        data = data == null ? DataTable.EMPTY : data;
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }

    /** The kind the block is stored as when it is new. */
    public ParagraphKind initialKind() {
        if (role.isHeading()) {
            return ParagraphKind.HEADING;
        }
        return placeholder ? ParagraphKind.NARRATIVE : ParagraphKind.GENERATED;
    }
}

package org.tiptracker.report;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph of a stored draft as the layout prints it, in the draft's order.
 *
 * @param id          the stored paragraph's id
 * @param key         the composer's key for generated blocks (null for narrative a person added)
 * @param placeholder a narrative place still holding the composer's marker text
 */
public record DraftParagraph(long id, String key, BlockRole role, int chapter, int section, ParagraphKind kind,
                             String textAr, String textEn, boolean placeholder, List<Footnote> footnotes) {
    public DraftParagraph {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
        textAr = textAr == null ? "" : textAr;
        textEn = textEn == null ? "" : textEn;
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }

    public String text(ReportLanguage language) {
        return language == ReportLanguage.EN ? textEn : textAr;
    }
}

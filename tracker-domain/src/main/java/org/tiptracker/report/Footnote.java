package org.tiptracker.report;

import java.util.Objects;

/** A footnote of a paragraph, in both languages; printed after the paragraph's text as a real footnote. */
public record Footnote(String textAr, String textEn) {
    public Footnote {
        Objects.requireNonNull(textAr, "textAr");
        Objects.requireNonNull(textEn, "textEn");
    }
}

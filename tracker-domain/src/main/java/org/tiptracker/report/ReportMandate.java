package org.tiptracker.report;

import java.time.LocalDate;
import java.util.Objects;

import org.tiptracker.arabic.DigitStyle;

/**
 * What a report is created from: the resolution that requests it and the paragraph that asks, the
 * General Assembly session and agenda item (with the footnote symbol of the preliminary list), the
 * report's own symbol, its date of issue, the period it covers, the information cut-off date
 * ({@code حتى ٣٠ أيار/مايو ٢٠١٦}), the reporting cycle it draws measures from, the original language
 * and the digits its Arabic text is printed with.
 *
 * @param agendaTitleAr        the agenda item's title, e.g. {@code منع الجريمة والعدالة الجنائية}; may be null
 * @param requestingResolution the requesting resolution's symbol in English order, e.g. {@code A/RES/70/179}
 * @param requestingParagraph  the operative paragraph that asks for the report, e.g. {@code 22}; may be null
 * @param previousResolution   the resolution whose adoption opens the period, e.g. {@code A/RES/68/192}; may be null
 * @param cycleId              the reporting cycle the measures come from; may be null (no chapter III.A data)
 * @param originalLanguage     {@code en} or {@code ar} (masthead: {@code Original: English})
 */
public record ReportMandate(String symbol, int session, int agendaItem, String agendaFootnoteSymbol,
                            String agendaTitleAr, String agendaTitleEn, String titleAr, String titleEn, String requestingResolution, String requestingParagraph,
                            String previousResolution, LocalDate issueDate, LocalDate periodFrom, LocalDate periodTo,
                            LocalDate cutOff, Long cycleId, String originalLanguage, DigitStyle digits) {

    public ReportMandate {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(titleAr, "titleAr");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(requestingResolution, "requestingResolution");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        Objects.requireNonNull(cutOff, "cutOff");
        originalLanguage = originalLanguage == null ? "en" : originalLanguage;
        digits = digits == null ? DigitStyle.ARABIC_INDIC : digits;
    }
}

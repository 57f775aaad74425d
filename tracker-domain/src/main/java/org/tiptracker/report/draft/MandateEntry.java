package org.tiptracker.report.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tiptracker.arabic.DigitStyle;
import org.tiptracker.report.ReportMandate;

/**
 * A mandate as entered, before it is one: any part may be missing (null, or blank text). Its
 * {@link #missing() missing} required parts are named as the entry names them; once none is,
 * {@link #toMandate()} gives the mandate, texts stripped and empty optional texts null, which
 * {@link DraftRules#checkMandate} then checks.
 */
public record MandateEntry(String symbol, Integer session, Integer agendaItem, String agendaFootnoteSymbol,
                           String agendaTitleAr, String agendaTitleEn, String titleAr, String titleEn,
                           String requestingResolution, String requestingParagraph, String previousResolution,
                           LocalDate issueDate, LocalDate periodFrom, LocalDate periodTo, LocalDate cutOff,
                           Long cycleId, String originalLanguage, DigitStyle digits) {

    /** The required parts, by name, in the order the form asks for them. */
    private Map<String, Object> required() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session", session);
        out.put("agendaItem", agendaItem);
        out.put("issueDate", issueDate);
        out.put("periodFrom", periodFrom);
        out.put("periodTo", periodTo);
        out.put("cutOff", cutOff);
        out.put("symbol", symbol);
        out.put("titleAr", titleAr);
        out.put("titleEn", titleEn);
        out.put("requestingResolution", requestingResolution);
        return out;
    }

    /** The required parts not given (null, or only spaces). */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        required().forEach((name, value) -> {
            if (value == null || value instanceof String text && text.isBlank()) {
                out.add(name);
            }
        });
        return out;
    }

    /** The mandate; only when nothing is {@link #missing()}. */
    public ReportMandate toMandate() {
        if (!missing().isEmpty()) {
            throw new IllegalStateException("mandate entry misses " + missing());
        }
        return new ReportMandate(symbol.strip(), session, agendaItem, optional(agendaFootnoteSymbol),
                optional(agendaTitleAr), optional(agendaTitleEn), titleAr.strip(), titleEn.strip(),
                requestingResolution.strip(), optional(requestingParagraph), optional(previousResolution), issueDate,
                periodFrom, periodTo, cutOff, cycleId, originalLanguage, digits);
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

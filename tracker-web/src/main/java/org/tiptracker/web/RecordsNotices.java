package org.tiptracker.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tiptracker.treaty.Treaty;
import org.tiptracker.treaty.persistence.TreatyRegistry;

/**
 * Which treaties' recorded actions are not known to be complete on a date, so that every page
 * that counts parties on that date says plainly that its count may be short of the United
 * Nations' ({@code fragments/records :: notice}).
 */
@Component
public record RecordsNotices(DisplayFormat format, TreatyRegistry registry) {

    /** One treaty whose records are complete only up to {@code completeToText}. */
    public record Notice(String treatyCode, String shortName, String completeToText, LocalDate completeTo) {
    }

    /** The notices for {@code asOf} over the four treaties. */
    public List<Notice> on(LocalDate asOf, Locale locale) {
        return on(registry.snapshot().treatyList(), asOf, locale);
    }

    /** The notices for {@code asOf}, in the order of {@code treaties}; empty when every count is complete. */
    public List<Notice> on(Collection<Treaty> treaties, LocalDate asOf, Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        return treaties.stream().filter(t -> !t.recordsCompleteOn(asOf))
                .map(t -> new Notice(t.code().name(), english ? t.shortNameEn() : t.shortNameAr(),
                        format.date(t.recordsCompleteTo(), locale), t.recordsCompleteTo()))
                .toList();
    }
}

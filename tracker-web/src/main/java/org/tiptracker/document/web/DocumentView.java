package org.tiptracker.document.web;

import java.util.Locale;

import org.tiptracker.document.Citation;
import org.tiptracker.document.persistence.DocumentViews;
import org.tiptracker.web.DisplayFormat;

/**
 * A document as a page shows it: the citation in the page's language (UN Arabic on Arabic
 * pages: {@code قرار الجمعية العامة ١٧٩/٧٠}, and the form used when the organ is the subject:
 * {@code قرارها ١٧٩/٧٠}), the Arabic citations whatever the page's language (a citation to copy
 * into a UN Arabic text), the title in the page's language when known, the date.
 */
public record DocumentView(long id, String organ, String kind, String citation, String citationAr, String citationOwnAr,
                           String citationEn, String symbol, String year, String session, String date, String title, String titleAr,
                           String titleEn, long version) {

    static DocumentView of(DocumentViews.Document d, DisplayFormat format, Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        Citation c = d.citation();
        String title = english && d.titleEn() != null ? d.titleEn() : d.titleAr() != null ? format.text(d.titleAr(), locale) : d.titleEn();
        String citation = c == null ? title : english ? c.english() : format.text(c.arabic(format.arabic()), locale);
        String arabicTitle = d.titleAr() != null ? format.text(d.titleAr(), Locale.forLanguageTag("ar")) : title;
        return new DocumentView(d.id(), d.organ().name(), d.kind().name(), citation,
                c == null ? arabicTitle : c.arabic(format.arabic()), c == null ? arabicTitle : c.arabicOwn(format.arabic()),
                c == null ? d.titleEn() : c.english(), d.symbol(),
                format.year(d.year(), locale),
                format.text(d.session(), locale), d.adoptedOn() == null ? null : format.date(d.adoptedOn(), locale), title,
                d.titleAr(), d.titleEn(), d.version());
    }
}

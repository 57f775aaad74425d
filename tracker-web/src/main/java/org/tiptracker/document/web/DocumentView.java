package org.tiptracker.document.web;

import java.util.Locale;

import org.tiptracker.document.Citation;
import org.tiptracker.document.persistence.DocumentEntity;
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

    static DocumentView of(DocumentEntity d, DisplayFormat format, Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        Citation c = d.citation();
        String title = english && d.getTitleEn() != null ? d.getTitleEn() : d.getTitleAr() != null ? d.getTitleAr() : d.getTitleEn();
        String citation = c == null ? title : english ? c.english() : c.arabic(format.arabic());
        String arabicTitle = d.getTitleAr() != null ? d.getTitleAr() : title;
        return new DocumentView(d.getId(), d.getOrgan().name(), d.getKind().name(), citation,
                c == null ? arabicTitle : c.arabic(format.arabic()), c == null ? arabicTitle : c.arabicOwn(format.arabic()),
                c == null ? d.getTitleEn() : c.english(), d.getSymbol(),
                format.year(d.getYear(), locale),
                d.getSession(), d.getAdoptedOn() == null ? null : format.date(d.getAdoptedOn(), locale), title,
                d.getTitleAr(), d.getTitleEn(), d.getVersion());
    }
}

package org.tiptracker.report.draft;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tiptracker.common.DomainException;
import org.tiptracker.report.ReportMandate;
import org.tiptracker.report.SeedReportFacts;
import org.tiptracker.arabic.DigitStyle;

class DraftRulesTests {

    private final ReportMandate seed = SeedReportFacts.mandate(DigitStyle.ARABIC_INDIC);

    private static ReportMandate with(ReportMandate m, String symbol, String resolution, LocalDate cutOff, LocalDate issue) {
        return new ReportMandate(symbol, m.session(), m.agendaItem(), m.agendaFootnoteSymbol(), m.agendaTitleAr(),
                m.agendaTitleEn(), m.titleAr(), m.titleEn(), resolution, m.requestingParagraph(), m.previousResolution(),
                issue, m.periodFrom(), m.periodTo(), cutOff, m.cycleId(), m.originalLanguage(), m.digits());
    }

    @Test
    void theSeedReportsMandateIsValid() {
        assertThatCode(() -> DraftRules.checkMandate(seed)).doesNotThrowAnyException();
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertThatThrownBy(() -> DraftRules.checkMandate(with(seed, "71/170", seed.requestingResolution(), seed.cutOff(), seed.issueDate())))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("report.mandate.symbol");
        assertThatThrownBy(() -> DraftRules.checkMandate(with(seed, "A/70/170", seed.requestingResolution(), seed.cutOff(), seed.issueDate())))
                .extracting("messageKey").isEqualTo("report.mandate.symbolSession");
        assertThatThrownBy(() -> DraftRules.checkMandate(with(seed, seed.symbol(), "70/179", seed.cutOff(), seed.issueDate())))
                .extracting("messageKey").isEqualTo("report.mandate.resolution");
        assertThatThrownBy(() -> DraftRules.checkMandate(with(seed, seed.symbol(), seed.requestingResolution(),
                LocalDate.of(2013, 1, 1), seed.issueDate()))).extracting("messageKey").isEqualTo("report.mandate.cutOff");
        assertThatThrownBy(() -> DraftRules.checkMandate(with(seed, seed.symbol(), seed.requestingResolution(),
                seed.cutOff(), LocalDate.of(2016, 5, 1)))).extracting("messageKey").isEqualTo("report.mandate.issueDate");
    }

    private static ReportMandate withAgenda(ReportMandate m, String footnote, String titleAr, String titleEn, String paragraph) {
        return new ReportMandate(m.symbol(), m.session(), m.agendaItem(), footnote, titleAr, titleEn, m.titleAr(), m.titleEn(),
                m.requestingResolution(), paragraph, m.previousResolution(), m.issueDate(), m.periodFrom(), m.periodTo(),
                m.cutOff(), m.cycleId(), m.originalLanguage(), m.digits());
    }

    @Test
    void eachTextFitsItsLimitAndOneMoreIsRefusedOnItsField() {
        String footnote = "A/71/" + "5".repeat(DraftRules.MAX_SYMBOL - 5);
        String title = "ب".repeat(DraftRules.MAX_AGENDA_TITLE);
        String paragraph = "2".repeat(DraftRules.MAX_PARAGRAPH_NUMBER);
        assertThatCode(() -> DraftRules.checkMandate(withAgenda(seed, footnote, title, title, paragraph))).doesNotThrowAnyException();
        assertThatThrownBy(() -> DraftRules.checkMandate(withAgenda(seed, footnote + "5", title, title, paragraph)))
                .extracting("messageKey").isEqualTo("report.mandate.agendaFootnoteSymbol");
        assertThatThrownBy(() -> DraftRules.checkMandate(withAgenda(seed, footnote, title + "ب", title, paragraph)))
                .extracting("messageKey").isEqualTo("report.mandate.agendaTitleAr");
        assertThatThrownBy(() -> DraftRules.checkMandate(withAgenda(seed, footnote, title, title + "b", paragraph)))
                .extracting("messageKey").isEqualTo("report.mandate.agendaTitleEn");
        assertThatThrownBy(() -> DraftRules.checkMandate(withAgenda(seed, footnote, title, title, paragraph + "2")))
                .extracting("messageKey").isEqualTo("report.mandate.requestingParagraph");
        String symbol = "A/71/" + "1".repeat(20) + "/" + "2".repeat(10) + "/" + "3".repeat(10);
        assertThatThrownBy(() -> DraftRules.checkMandate(with(seed, symbol, seed.requestingResolution(), seed.cutOff(),
                seed.issueDate()))).extracting("messageKey").isEqualTo("report.mandate.symbol");
    }

    @Test
    void aParagraphNeedsItsArabicText() {
        assertThatThrownBy(() -> DraftRules.checkParagraph("  ", "Text")).extracting("messageKey").isEqualTo("report.paragraph.empty");
        assertThatThrownBy(() -> DraftRules.checkParagraph("ن".repeat(DraftRules.MAX_PARAGRAPH + 1), ""))
                .extracting("messageKey").isEqualTo("report.paragraph.tooLong");
        assertThatCode(() -> DraftRules.checkParagraph("نص", null)).doesNotThrowAnyException();
    }
}

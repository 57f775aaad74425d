package org.tiptracker.report.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.DigitStyle;
import org.tiptracker.report.ReportMandate;
import org.tiptracker.report.SeedReportFacts;

class MandateEntryTests {

    private final ReportMandate seed = SeedReportFacts.mandate(DigitStyle.ARABIC_INDIC);

    private MandateEntry entryOfSeed(String symbol, String titleEn, String footnote) {
        return new MandateEntry(symbol, seed.session(), seed.agendaItem(), footnote, seed.agendaTitleAr(),
                seed.agendaTitleEn(), seed.titleAr(), titleEn, seed.requestingResolution(), seed.requestingParagraph(),
                seed.previousResolution(), seed.issueDate(), seed.periodFrom(), seed.periodTo(), seed.cutOff(),
                seed.cycleId(), seed.originalLanguage(), seed.digits());
    }

    @Test
    void aCompleteEntryIsTheMandateWithItsTextsStripped() {
        MandateEntry entry = entryOfSeed("  " + seed.symbol() + " ", seed.titleEn() + "  ", seed.agendaFootnoteSymbol());
        assertThat(entry.missing()).isEmpty();
        assertThat(entry.toMandate()).isEqualTo(seed);
        assertThat(entryOfSeed(seed.symbol(), seed.titleEn(), "  ").toMandate().agendaFootnoteSymbol()).isNull();
    }

    @Test
    void everyMissingRequiredPartIsNamedInTheFormsOrder() {
        MandateEntry empty = new MandateEntry(" ", null, null, null, null, null, "", null, "\t", null, null, null, null,
                null, null, null, null, null);
        assertThat(empty.missing()).containsExactly("session", "agendaItem", "issueDate", "periodFrom", "periodTo",
                "cutOff", "symbol", "titleAr", "titleEn", "requestingResolution");
        assertThat(entryOfSeed(seed.symbol(), "  ", null).missing()).containsExactly("titleEn");
        assertThatThrownBy(empty::toMandate).isInstanceOf(IllegalStateException.class);
    }
}

package org.tiptracker.trustfund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.common.DomainException;

class MoneyTests {

    static String key(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.messageKey();
        }
        return null;
    }

    @Test
    void refusesNegativeZeroAbsurdAndOverPreciseAmountsAndUnknownCurrencies() {
        assertThat(key(() -> Money.of(new BigDecimal("-1"), "USD"))).isEqualTo("trustfund.amount.negative");
        assertThat(key(() -> Money.of(BigDecimal.ZERO, "USD"))).isEqualTo("trustfund.amount.zero");
        assertThat(key(() -> Money.of(new BigDecimal("1000000000.01"), "USD"))).isEqualTo("trustfund.amount.absurd");
        assertThat(key(() -> Money.of(new BigDecimal("10.001"), "USD"))).isEqualTo("trustfund.amount.cents");
        assertThat(key(() -> Money.of(new BigDecimal("10"), "ABC"))).isEqualTo("trustfund.currency.unknown");
        assertThat(key(() -> Money.of(new BigDecimal("10"), "XXX"))).isEqualTo("trustfund.currency.unknown");
        assertThat(key(() -> Money.of(new BigDecimal("10"), " "))).isEqualTo("trustfund.currency.required");
        assertThat(key(() -> Money.of(null, "USD"))).isEqualTo("trustfund.amount.required");
    }

    @Test
    void keepsTwoDecimalsAndTheCurrencyInUpperCase() {
        Money m = Money.of(new BigDecimal("1000000000"), "eur");
        assertThat(m.amount()).isEqualTo(new BigDecimal("1000000000.00"));
        assertThat(m.currency()).isEqualTo("EUR");
        assertThat(m.isUsd()).isFalse();
        assertThatThrownBy(() -> Money.of(new BigDecimal("5"), "US")).isInstanceOf(DomainException.class);
    }

    @Test
    void printsAmountsAsSeed001Paragraphs79To81() {
        UnArabic ar = UnArabic.arabicIndic();
        assertThat(FundAmounts.arabic(new BigDecimal("1750000.00"), "USD", ar)).isEqualTo("١,٧٥ مليون دولار");
        assertThat(FundAmounts.arabic(new BigDecimal("2300000.00"), "USD", ar)).isEqualTo("٢,٣ مليون دولار");
        assertThat(FundAmounts.arabic(new BigDecimal("2304999.00"), "USD", ar)).isEqualTo("٢,٣ مليون دولار");
        assertThat(FundAmounts.arabic(new BigDecimal("400000"), "USD", ar)).isEqualTo("٤٠٠.٠٠٠ دولار");
        assertThat(FundAmounts.arabic(new BigDecimal("90000"), "USD", ar)).isEqualTo("٩٠.٠٠٠ دولار");
        assertThat(FundAmounts.arabic(new BigDecimal("1000000"), "USD", ar)).isEqualTo("١ مليون دولار");
        assertThat(FundAmounts.arabic(new BigDecimal("5000000"), "USD", ar)).isEqualTo("٥ ملايين دولار");
        assertThat(FundAmounts.arabicExact(new BigDecimal("357701.00"), "USD", ar)).isEqualTo("٣٥٧.٧٠١ دولار");
        assertThat(FundAmounts.arabicExact(new BigDecimal("120.50"), "EUR", ar)).isEqualTo("١٢٠,٥٠ يورو");
        assertThat(FundAmounts.english(new BigDecimal("2300000.00"), "USD")).isEqualTo("$2.3 million");
        assertThat(FundAmounts.english(new BigDecimal("357701.00"), "USD")).isEqualTo("$357,701");
        assertThat(FundAmounts.englishExact(new BigDecimal("120.50"), "EUR")).isEqualTo("EUR 120.50");
    }
}

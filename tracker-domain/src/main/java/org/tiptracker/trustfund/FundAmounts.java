package org.tiptracker.trustfund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

import org.tiptracker.arabic.UnArabic;

/**
 * Amounts as the report prints them. Arabic, in the style of seed 001 para. 79–81: a million or
 * more in millions with a decimal comma ({@code ١,٧٥ مليون دولار}, {@code ٢,٣ مليون دولار}), less
 * in whole units grouped by {@code .} ({@code ٣٥٧.٧٠١ دولار}, {@code ٩٠.٠٠٠ دولار}). English:
 * {@code $2.3 million}, {@code $357,701}. Other currencies keep their name or code.
 */
public final class FundAmounts {

    private static final BigDecimal MILLION = new BigDecimal(1_000_000);
    private static final Map<String, String> ARABIC_NAMES = Map.of(
            "USD", "دولار", "EUR", "يورو", "GBP", "جنيه إسترليني", "CHF", "فرنك سويسري", "JPY", "ين ياباني",
            "SEK", "كرونة سويدية", "NOK", "كرونة نرويجية", "DKK", "كرونة دانمركية", "AUD", "دولار أسترالي",
            "CAD", "دولار كندي");

    private FundAmounts() {
    }

    /** The currency's Arabic name, or its code. */
    public static String arabicCurrency(String currency) {
        return ARABIC_NAMES.getOrDefault(currency, currency);
    }

    /** A summary amount in UN Arabic (millions rounded to two decimals, smaller amounts to whole units). */
    public static String arabic(BigDecimal amount, String currency, UnArabic arabic) {
        String name = arabicCurrency(currency);
        if (amount.abs().compareTo(MILLION) >= 0) {
            BigDecimal millions = millions(amount);
            long whole = millions.abs().longValue();
            String word = millions.scale() <= 0 && whole >= 3 && whole <= 10 ? "ملايين" : "مليون";
            return arabic.decimal(millions) + " " + word + " " + name;
        }
        return arabic.integer(amount.setScale(0, RoundingMode.HALF_EVEN).longValueExact()) + " " + name;
    }

    /** An exact amount in UN Arabic: whole units when there are no cents ({@code ٣٥٧.٧٠١ دولار}), else {@code ١٢٠,٥٠ يورو}. */
    public static String arabicExact(BigDecimal amount, String currency, UnArabic arabic) {
        String name = arabicCurrency(currency);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return arabic.integer(amount.setScale(0, RoundingMode.UNNECESSARY).longValueExact()) + " " + name;
        }
        return arabic.decimal(amount.setScale(2, RoundingMode.UNNECESSARY)) + " " + name;
    }

    /** A summary amount in English: {@code $2.3 million}, {@code $357,701}, {@code EUR 120,000}. */
    public static String english(BigDecimal amount, String currency) {
        String prefix = Money.USD.equals(currency) ? "$" : currency + " ";
        if (amount.abs().compareTo(MILLION) >= 0) {
            return prefix + millions(amount).toPlainString() + " million";
        }
        return prefix + grouped(amount.setScale(0, RoundingMode.HALF_EVEN), 0);
    }

    /** An exact amount in English: {@code $357,701}, {@code EUR 120.50}. */
    public static String englishExact(BigDecimal amount, String currency) {
        String prefix = Money.USD.equals(currency) ? "$" : currency + " ";
        return prefix + grouped(amount, amount.stripTrailingZeros().scale() <= 0 ? 0 : 2);
    }

    private static BigDecimal millions(BigDecimal amount) {
        BigDecimal m = amount.divide(MILLION, 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return m.scale() < 0 ? m.setScale(0) : m;
    }

    private static String grouped(BigDecimal amount, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(amount);
    }
}

package org.tiptracker.trustfund;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

import org.tiptracker.arabic.Complement;
import org.tiptracker.arabic.CountedNoun;
import org.tiptracker.arabic.UnArabic;

/**
 * The report's paragraph on the Trust Fund (shaped on seed 001, para. 79 and 81), written from
 * computed figures: the projects and their countries and total, what was received since
 * inception and per year on average, who gave it and the private share, the last full year's
 * receipts and the balance available.
 *
 * <p>Two precisions ({@link Precision}): the web page keeps the exact figures; a report rounds
 * as seed 001 para. 81 does ({@code بمتوسط سنوي قدره ٤٠٠.٠٠٠ دولار}, {@code ما يزيد على ٣٠ جهة مانحة},
 * {@code نحو ثلث الأموال المتلقاة}).
 */
public final class FundParagraph {

    /** Private donor: {@code ٣٢ جهة مانحة}. */
    public static final CountedNoun DONOR = new CountedNoun("جهة مانحة", "جهتان مانحتان", "جهات مانحة", true);

    /** How exact the figures of the paragraph are. */
    public enum Precision {
        /**
         * Every figure as computed (the web page): {@code بمتوسط سنوي قدره ٣٩٤.٠٣١ دولار},
         * {@code ٣٢ جهة مانحة}, {@code ٣٣,٣ في المائة من الأموال المتلقاة}.
         */
        EXACT,
        /**
         * As seed 001 para. 81 rounds (a report): the yearly average to one significant figure
         * (to a tenth of a million from a million up), {@code ٤٠٠.٠٠٠ دولار}; the private donors
         * above ten, when not a round ten, as "more than" the tens below, {@code ما يزيد على ٣٠ جهة
         * مانحة}; their share as the nearest of a quarter, a third, a half, two thirds and three
         * quarters when within {@value #FRACTION_TOLERANCE} points of it ({@code نحو ثلث الأموال
         * المتلقاة}), else as an approximate whole percentage ({@code نحو ٢٨ في المائة من الأموال
         * المتلقاة}). Totals, the last year's receipts and the balance stay as computed, as the seed
         * prints them ({@code ٣٥٧ ٧٠١ دولار}, {@code ٩٠.٠٠٠ دولار}).
         */
        REPORT
    }

    /** How near, in percentage points, a share must be to a simple fraction to be called by it. */
    static final double FRACTION_TOLERANCE = 3.0;

    private static final BigDecimal MILLION = new BigDecimal(1_000_000);
    private static final BigDecimal TENTH_OF_A_MILLION = new BigDecimal(100_000);

    /** The simple fractions a report names a share by: per cent, Arabic, English. */
    private enum Fraction {
        QUARTER("25", "ربع", "a quarter"),
        THIRD("33.333", "ثلث", "a third"),
        HALF("50", "نصف", "half"),
        TWO_THIRDS("66.667", "ثلثي", "two thirds"),
        THREE_QUARTERS("75", "ثلاثة أرباع", "three quarters");

        final BigDecimal percent;
        final String arabic;
        final String english;

        Fraction(String percent, String arabic, String english) {
            this.percent = new BigDecimal(percent);
            this.arabic = arabic;
            this.english = english;
        }

        static Fraction near(BigDecimal share) {
            Fraction best = null;
            for (Fraction f : values()) {
                double distance = share.subtract(f.percent).abs().doubleValue();
                if (distance <= FRACTION_TOLERANCE
                        && (best == null || distance < share.subtract(best.percent).abs().doubleValue())) {
                    best = f;
                }
            }
            return best;
        }
    }

    private FundParagraph() {
    }

    /** The paragraph with the exact figures, as the web page shows it. */
    public static String arabic(TrustFundFigures f, UnArabic ar) {
        return arabic(f, ar, Precision.EXACT);
    }

    public static String arabic(TrustFundFigures f, UnArabic ar, Precision precision) {
        Stated stated = Stated.of(f, precision);
        StringBuilder out = new StringBuilder();
        out.append("وحتى ").append(ar.date(f.asOf())).append("، كان الصندوق الاستئماني قد دعم ")
                .append(ar.count(f.grants(), CountedNoun.PROJECT)).append(" لمنظمات غير حكومية في ")
                .append(ar.count(f.grantCountries(), CountedNoun.COUNTRY))
                .append("، بمنح مدفوعة أو متعهد بها، بلغت قيمتها الإجمالية ")
                .append(FundAmounts.arabic(f.grantsUsd(), Money.USD, ar)).append(".");
        if (f.inceptionYear() == null) {
            return out.toString();
        }
        out.append(" وقد تلقى الصندوق الاستئماني، منذ إنشائه في عام ").append(ar.year(f.inceptionYear()))
                .append("، ما قيمته ").append(FundAmounts.arabic(f.paidUsd(), Money.USD, ar))
                .append(" في شكل تبرعات مدفوعة، بمتوسط سنوي قدره ")
                .append(FundAmounts.arabic(stated.yearlyAverage(), Money.USD, ar)).append(".");
        out.append(" وقدمت ذلك التمويل ")
                .append(ar.withWordsUpTo(99).countAccusative(f.donorStates(), CountedNoun.STATE, Complement.MEMBER))
                .append(stated.moreThanDonors() ? " وما يزيد على " : " و").append(ar.count(stated.privateDonors(), DONOR))
                .append(" من القطاع الخاص");
        if (stated.share() != null) {
            out.append("، وبلغت نسبة تبرعات هذه الأخيرة ");
            if (stated.shareFraction() != null) {
                out.append("نحو ").append(stated.shareFraction().arabic).append(" الأموال المتلقاة");
            } else {
                out.append(stated.rounded() ? "نحو " : "").append(ar.percent(stated.share()))
                        .append(" من الأموال المتلقاة");
            }
        }
        out.append(".");
        int lastYear = f.asOf().getYear() - 1;
        if (lastYear >= f.inceptionYear() && f.paidUsdIn(lastYear).signum() > 0) {
            out.append(" وفي عام ").append(ar.year(lastYear)).append("، تلقى الصندوق الاستئماني ")
                    .append(FundAmounts.arabic(f.paidUsdIn(lastYear), Money.USD, ar)).append(".");
        } else if (lastYear >= f.inceptionYear()) {
            out.append(" ولم يتلق الصندوق الاستئماني أي تبرعات في عام ").append(ar.year(lastYear)).append(".");
        }
        out.append(" ويبلغ رصيد الصندوق الاستئماني المتاح لتقديم منح جديدة ")
                .append(FundAmounts.arabic(f.balanceUsd(), Money.USD, ar)).append(".");
        return out.toString();
    }

    /** The paragraph in English with the exact figures, as the web page shows it. */
    public static String english(TrustFundFigures f, String asOfText) {
        return english(f, asOfText, Precision.EXACT);
    }

    public static String english(TrustFundFigures f, String asOfText, Precision precision) {
        Stated stated = Stated.of(f, precision);
        StringBuilder out = new StringBuilder();
        out.append("As at ").append(asOfText).append(", the Trust Fund had supported ").append(f.grants())
                .append(f.grants() == 1 ? " project" : " projects").append(" of non-governmental organizations in ")
                .append(f.grantCountries()).append(f.grantCountries() == 1 ? " country" : " countries")
                .append(", with grants paid or pledged totalling ").append(FundAmounts.english(f.grantsUsd(), Money.USD))
                .append(".");
        if (f.inceptionYear() == null) {
            return out.toString();
        }
        out.append(" Since its establishment in ").append(f.inceptionYear()).append(", the Trust Fund has received ")
                .append(FundAmounts.english(f.paidUsd(), Money.USD)).append(" in paid contributions, an annual average of ")
                .append(FundAmounts.english(stated.yearlyAverage(), Money.USD))
                .append(". That funding was provided by ")
                .append(f.donorStates()).append(f.donorStates() == 1 ? " Member State and " : " Member States and ");
        int privateDonors = stated.privateDonors();
        if (stated.moreThanDonors()) {
            out.append("more than ").append(privateDonors).append(" private donors");
        } else {
            out.append(privateDonors).append(privateDonors == 1 ? " private donor" : " private donors");
        }
        if (stated.share() != null) {
            out.append(", the private donors' share being ");
            if (stated.shareFraction() != null) {
                out.append("about ").append(stated.shareFraction().english).append(" of the funds received");
            } else {
                out.append(stated.rounded() ? "about " : "").append(stated.share().toPlainString())
                        .append(" per cent of the funds received");
            }
        }
        out.append(".");
        int lastYear = f.asOf().getYear() - 1;
        if (lastYear >= f.inceptionYear() && f.paidUsdIn(lastYear).signum() > 0) {
            out.append(" In ").append(lastYear).append(", the Trust Fund received ")
                    .append(FundAmounts.english(f.paidUsdIn(lastYear), Money.USD)).append(".");
        } else if (lastYear >= f.inceptionYear()) {
            out.append(" The Trust Fund received no contributions in ").append(lastYear).append(".");
        }
        out.append(" The balance available for new grants is ").append(FundAmounts.english(f.balanceUsd(), Money.USD))
                .append(".");
        return out.toString();
    }

    /**
     * The figures of the paragraph that its precision rounds, as both languages state them.
     *
     * @param rounded        whether they are rounded (a report), so that the text says "about"
     * @param privateDonors  the private donors, as many as stated after "more than" when {@code moreThanDonors}
     * @param shareFraction  the simple fraction the private share is called by, or null
     * @param share          the private share in per cent as stated where no fraction names it (whole in a report,
     *                       else to one decimal); null when nothing was received
     */
    private record Stated(boolean rounded, BigDecimal yearlyAverage, int privateDonors, boolean moreThanDonors,
                          Fraction shareFraction, BigDecimal share) {

        static Stated of(TrustFundFigures f, Precision precision) {
            boolean report = Objects.requireNonNull(precision, "precision") == Precision.REPORT;
            int donors = report ? roundedDown(f.privateDonors()) : f.privateDonors();
            BigDecimal share = f.privateShareUsd();
            return new Stated(report, report ? approximate(f.yearlyAverageUsd()) : f.yearlyAverageUsd(), donors,
                    donors != f.privateDonors(), report && share != null ? Fraction.near(share) : null,
                    share == null ? null : report ? share.setScale(0, RoundingMode.HALF_EVEN) : wholeOrOneDecimal(share));
        }
    }

    /**
     * An amount as a report rounds an average: to a tenth of a million from a million up
     * ({@code ١,٢ مليون دولار}), else to one significant figure (394,031 → 400,000).
     */
    static BigDecimal approximate(BigDecimal amount) {
        if (amount.abs().compareTo(MILLION) >= 0) {
            return amount.divide(TENTH_OF_A_MILLION, 0, RoundingMode.HALF_UP).multiply(TENTH_OF_A_MILLION);
        }
        if (amount.signum() == 0) {
            return amount;
        }
        return amount.round(new MathContext(1, RoundingMode.HALF_UP)).setScale(0, RoundingMode.UNNECESSARY);
    }

    /** A count above ten rounded down to its tens (32 → 30); ten or fewer as it is. */
    static int roundedDown(int count) {
        return count <= 10 ? count : count - count % 10;
    }

    private static BigDecimal wholeOrOneDecimal(BigDecimal share) {
        BigDecimal one = share.setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return one.scale() < 0 ? one.setScale(0) : one;
    }
}

package org.tiptracker.trustfund;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.tiptracker.arabic.Complement;
import org.tiptracker.arabic.CountedNoun;
import org.tiptracker.arabic.UnArabic;

/**
 * The report's paragraph on the Trust Fund (shaped on seed 001, para. 79 and 81), written from
 * computed figures: the projects and their countries and total, what was received since
 * inception and per year on average, who gave it and the private share, the last full year's
 * receipts and the balance available.
 */
public final class FundParagraph {

    /** Private donor: {@code ٣٢ جهة مانحة}. */
    public static final CountedNoun DONOR = new CountedNoun("جهة مانحة", "جهتان مانحتان", "جهات مانحة", true);

    private FundParagraph() {
    }

    public static String arabic(TrustFundFigures f, UnArabic ar) {
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
                .append(FundAmounts.arabic(f.yearlyAverageUsd(), Money.USD, ar)).append(".");
        out.append(" وقدمت ذلك التمويل ")
                .append(ar.withWordsUpTo(99).countAccusative(f.donorStates(), CountedNoun.STATE, Complement.MEMBER))
                .append(" و").append(ar.count(f.privateDonors(), DONOR)).append(" من القطاع الخاص");
        if (f.privateShareUsd() != null) {
            out.append("، وبلغت نسبة تبرعات هذه الأخيرة ").append(ar.percent(wholeOrOneDecimal(f.privateShareUsd())))
                    .append(" من الأموال المتلقاة");
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

    public static String english(TrustFundFigures f, String asOfText) {
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
                .append(FundAmounts.english(f.yearlyAverageUsd(), Money.USD)).append(". That funding was provided by ")
                .append(f.donorStates()).append(f.donorStates() == 1 ? " Member State and " : " Member States and ")
                .append(f.privateDonors()).append(f.privateDonors() == 1 ? " private donor" : " private donors");
        if (f.privateShareUsd() != null) {
            out.append(", the private donors' share being ").append(wholeOrOneDecimal(f.privateShareUsd()).toPlainString())
                    .append(" per cent of the funds received");
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

    private static BigDecimal wholeOrOneDecimal(BigDecimal share) {
        BigDecimal one = share.setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return one.scale() < 0 ? one.setScale(0) : one;
    }
}

package org.tiptracker.globalreport;

import java.time.YearMonth;
import java.util.Objects;

import org.tiptracker.arabic.UnArabic;

/**
 * The Secretary-General's sentence on criminalization and convictions (seed 001, para. 4), with
 * every figure taken from computed shares: the edition's year, the month of the legislative
 * review, the conviction period and the five percentages.
 */
public final class CriminalizationSentence {

    private CriminalizationSentence() {
    }

    /** What the sentence needs from an edition besides its shares. */
    public record Edition(int year, YearMonth legislationAsOf, int convictionsFrom, int convictionsTo) {
        public Edition {
            Objects.requireNonNull(legislationAsOf, "legislationAsOf");
        }
    }

    /** The sentence in UN Arabic, as para. 4 prints it from "وطبقاً لما جاء". */
    public static String arabic(Edition edition, CriminalizationShares shares, UnArabic arabic) {
        return "وطبقاً لما جاء في التقرير العالمي عن الاتجار بالأشخاص لعام " + arabic.year(edition.year())
                + "، الذي نشره المكتب، بلغت نسبة البلدان المشمولة في التقرير التي جرّمت كل أشكال الاتجار بالأشخاص"
                + " المسرودة صراحةً في بروتوكول الاتجار بالأشخاص " + arabic.percent(shares.percent(CriminalizationStatus.FULL))
                + " في " + arabic.month(edition.legislationAsOf()) + ". وكان لدى "
                + arabic.percent(shares.percent(CriminalizationStatus.PARTIAL))
                + " تقريباً من البلدان تشريعات جزئية تجرّم هذا الاتجار. وبلغت نسبة البلدان التي خلّت تشريعاتها من أيّ"
                + " نصوص تجرّم على وجه التحديد الاتجار بالأشخاص " + arabic.percent(shares.percent(CriminalizationStatus.NONE))
                + ". كما يبيّن التقرير أنّ نسبة إدانة مرتكبي جرائم الاتجار بالأشخاص على مستوى العالم ظلت منخفضة."
                + " ففي الفترة ما بين عامي " + arabic.year(edition.convictionsFrom()) + " و" + arabic.year(edition.convictionsTo())
                + "، كان لدى " + arabic.percent(shares.percent(ConvictionBand.UNDER_10))
                + " تقريباً من البلدان المشمولة في التقرير أقل من " + arabic.integer(10) + " حالات إدانة سنوياً."
                + " ولم تُبلّغ قرابة " + arabic.percent(shares.percent(ConvictionBand.NONE)) + " من البلدان عن أيّ حالات إدانة.";
    }

    /** The same sentence in English. */
    public static String english(Edition edition, CriminalizationShares shares) {
        String month = edition.legislationAsOf().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        return "According to the Global Report on Trafficking in Persons " + edition.year()
                + ", published by UNODC, " + shares.percent(CriminalizationStatus.FULL)
                + " per cent of the countries covered had criminalized all forms of trafficking in persons listed in the"
                + " Trafficking in Persons Protocol as of " + month + " " + edition.legislationAsOf().getYear()
                + ". Approximately " + shares.percent(CriminalizationStatus.PARTIAL)
                + " per cent of countries had partial legislation criminalizing such trafficking. "
                + shares.percent(CriminalizationStatus.NONE)
                + " per cent of countries had no legislation specifically criminalizing trafficking in persons."
                + " The report also shows that the global conviction rate for trafficking offences remained low: between "
                + edition.convictionsFrom() + " and " + edition.convictionsTo() + ", approximately "
                + shares.percent(ConvictionBand.UNDER_10)
                + " per cent of the countries covered recorded fewer than 10 convictions a year, and some "
                + shares.percent(ConvictionBand.NONE) + " per cent recorded no conviction at all.";
    }
}

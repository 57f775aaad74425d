package org.tiptracker.globalreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The shares of an edition's countries by criminalization status and by conviction band,
 * computed from one assessment per country. Every share is of all the countries assessed (a
 * country without a band counts in the total but in no band), rounded half up to a whole
 * percentage as the Secretary-General's report prints them.
 */
public final class CriminalizationShares {

    private final int total;
    private final Map<CriminalizationStatus, Integer> byStatus = new EnumMap<>(CriminalizationStatus.class);
    private final Map<ConvictionBand, Integer> byBand = new EnumMap<>(ConvictionBand.class);

    private CriminalizationShares(int total) {
        this.total = total;
    }

    public static CriminalizationShares of(Collection<CountryAssessment> assessments) {
        CriminalizationShares shares = new CriminalizationShares(assessments.size());
        for (CriminalizationStatus s : CriminalizationStatus.values()) {
            shares.byStatus.put(s, 0);
        }
        for (ConvictionBand b : ConvictionBand.values()) {
            shares.byBand.put(b, 0);
        }
        for (CountryAssessment a : assessments) {
            shares.byStatus.merge(a.status(), 1, Integer::sum);
            if (a.band() != null) {
                shares.byBand.merge(a.band(), 1, Integer::sum);
            }
        }
        return shares;
    }

    /** The number of countries assessed. */
    public int total() {
        return total;
    }

    public int count(CriminalizationStatus status) {
        return byStatus.get(status);
    }

    public int count(ConvictionBand band) {
        return byBand.get(band);
    }

    /** The countries with no band given. */
    public int withoutBand() {
        return total - byBand.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The whole percentage of countries with this status; 0 when there are none at all. */
    public int percent(CriminalizationStatus status) {
        return percentOf(count(status));
    }

    public int percent(ConvictionBand band) {
        return percentOf(count(band));
    }

    /** The exact share with one decimal, for showing next to the rounded one. */
    public BigDecimal exactPercent(int count) {
        if (total == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    private int percentOf(int count) {
        if (total == 0) {
            return 0;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP).intValueExact();
    }
}

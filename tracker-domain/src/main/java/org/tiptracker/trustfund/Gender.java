package org.tiptracker.trustfund;

import java.util.Collection;

/**
 * The grammatical gender a member of the Board of Trustees takes in Arabic: a woman who chairs the
 * Board is {@code الرئيسة} and the report says {@code وترأس … المجلس حالياً} (seed 001, para. 82); a
 * man is {@code الرئيس} and {@code ويرأس}. Where it is not recorded the masculine, the generic
 * form, is used.
 */
public enum Gender {
    FEMALE("الرئيسة", "وترأس"),
    MALE("الرئيس", "ويرأس");

    private final String chairTitleAr;
    private final String chairsVerbAr;

    Gender(String chairTitleAr, String chairsVerbAr) {
        this.chairTitleAr = chairTitleAr;
        this.chairsVerbAr = chairsVerbAr;
    }

    /** The chair's title: {@code الرئيسة} or {@code الرئيس}; the masculine when {@code gender} is null. */
    public static String chairTitleAr(Gender gender) {
        return (gender == null ? MALE : gender).chairTitleAr;
    }

    /**
     * The verb that opens the report's sentence on who chairs the Board, {@code وترأس} or
     * {@code ويرأس}: feminine only when every chair named is a woman.
     */
    public static String chairsVerbAr(Collection<Gender> chairs) {
        return !chairs.isEmpty() && chairs.stream().allMatch(g -> g == FEMALE) ? FEMALE.chairsVerbAr : MALE.chairsVerbAr;
    }
}

package org.tiptracker.arabic;

import java.util.Objects;

/**
 * A noun that can be counted, with the forms Arabic number agreement needs.
 *
 * @param singular the indefinite singular, as after 100 ({@code دولة}, {@code طرف})
 * @param dual     the nominative dual ({@code دولتان}); the oblique form is derived
 * @param plural   the plural as it follows 3–10 (genitive: {@code دول}, {@code مراقبين})
 * @param feminine the noun's grammatical gender, which the numbers 3–10 take in reverse
 */
public record CountedNoun(String singular, String dual, String plural, boolean feminine) {

    /** State: {@code سبع دول}, {@code ١٨٦ دولة}. */
    public static final CountedNoun STATE = new CountedNoun("دولة", "دولتان", "دول", true);
    /** Country: {@code ٧٠ بلداً}. */
    public static final CountedNoun COUNTRY = new CountedNoun("بلد", "بلدان", "بلدان", false);
    /** Party to a treaty: {@code ستة أطراف}. */
    public static final CountedNoun PARTY = new CountedNoun("طرف", "طرفان", "أطراف", false);
    /** Participant: {@code ثلاثة مشاركين}. */
    public static final CountedNoun PARTICIPANT = new CountedNoun("مشارك", "مشاركان", "مشاركين", false);
    /** Observer: {@code ثلاثة مراقبين}. */
    public static final CountedNoun OBSERVER = new CountedNoun("مراقب", "مراقبان", "مراقبين", false);
    /** Response (reply to a request for information): {@code ثلاثة ردود}. */
    public static final CountedNoun RESPONSE = new CountedNoun("رد", "ردان", "ردود", false);
    /** Report: {@code ثلاثة تقارير}. */
    public static final CountedNoun REPORT = new CountedNoun("تقرير", "تقريران", "تقارير", false);
    /** Project: {@code ٣٠ مشروعاً}. */
    public static final CountedNoun PROJECT = new CountedNoun("مشروع", "مشروعان", "مشاريع", false);
    /** Office: {@code ستة مكاتب}. */
    public static final CountedNoun OFFICE = new CountedNoun("مكتب", "مكتبان", "مكاتب", false);
    /** Victim: {@code ٩٨٤ ضحية}. */
    public static final CountedNoun VICTIM = new CountedNoun("ضحية", "ضحيتان", "ضحايا", true);
    /** Year (duration): {@code أربع سنوات}. */
    public static final CountedNoun YEAR = new CountedNoun("سنة", "سنتان", "سنوات", true);

    private static final String TANWEEN_FATH = "اً";

    /** Validates that no form is blank. */
    public CountedNoun {
        requireText(singular, "singular");
        requireText(dual, "dual");
        requireText(plural, "plural");
    }

    /**
     * The dual in the accusative/genitive: a final {@code ان} becomes {@code ين}
     * ({@code دولتان} → {@code دولتين}).
     */
    public String dualOblique() {
        return dual.endsWith("ان") ? dual.substring(0, dual.length() - 2) + "ين" : dual;
    }

    /** The dual in the given case. */
    public String dual(GrammaticalCase grammaticalCase) {
        return grammaticalCase == GrammaticalCase.OBLIQUE ? dualOblique() : dual;
    }

    /**
     * The indefinite accusative singular that follows 11–99 ({@code ٣٠ مشروعاً}): the
     * spelling adds {@code اً} except after {@code ة}, {@code ى}, {@code ا} and {@code اء}
     * ({@code ٣٣ دولة}, {@code إجراء}), or when the form already ends with it.
     */
    public String accusativeSingular() {
        if (singular.endsWith(TANWEEN_FATH) || singular.endsWith("ة") || singular.endsWith("ى")
                || singular.endsWith("ا") || singular.endsWith("اء")) {
            return singular;
        }
        return singular + TANWEEN_FATH;
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}

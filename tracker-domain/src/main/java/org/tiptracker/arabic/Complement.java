package org.tiptracker.arabic;

import java.util.Objects;

/**
 * A word in the accusative that follows a counted noun and agrees with the count, as in
 * {@code دولة واحدة طرفاً}, {@code دولتان طرفين}, {@code سبع دول أطرافاً},
 * {@code ١٨٦ دولة طرفاً}, {@code تسع عشرة دولة عضواً}. All forms are given exactly as printed.
 *
 * @param singular used with 1 and with 11 and above ({@code طرفاً})
 * @param dual     used with 2 ({@code طرفين})
 * @param plural   used with 3–10 ({@code أطرافاً})
 */
public record Complement(String singular, String dual, String plural) {

    /** {@code طرفاً / طرفين / أطرافاً}: states that became or are parties. */
    public static final Complement PARTY = new Complement("طرفاً", "طرفين", "أطرافاً");
    /** {@code عضواً / عضوين / أعضاء}: member States. */
    public static final Complement MEMBER = new Complement("عضواً", "عضوين", "أعضاء");

    /** Validates that no form is null. */
    public Complement {
        Objects.requireNonNull(singular, "singular");
        Objects.requireNonNull(dual, "dual");
        Objects.requireNonNull(plural, "plural");
    }

    /** The form that agrees with {@code n} (n ≥ 1). */
    String forCount(long n) {
        if (n == 2) {
            return dual;
        }
        return n >= 3 && n <= 10 ? plural : singular;
    }
}

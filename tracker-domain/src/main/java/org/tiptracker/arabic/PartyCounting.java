package org.tiptracker.arabic;

/**
 * How a sentence counts the parties to a treaty, since the European Union (a regional economic
 * integration organization, {@code EUU}) is a party but not a State. Each sentence that counts
 * parties says which form it uses (see {@link ChangesParagraph.Sentence}).
 */
public enum PartyCounting {

    /**
     * States are counted and the organization is named apart after the count, as UN texts do:
     * {@code أصبحت دولتان والاتحاد الأوروبي أطرافاً في …، وهي: …}; "two States and the European
     * Union became parties to …". The complement and the pronoun agree with all that are named
     * (two States and the Union are three: {@code أطرافاً}, {@code وهي}; one State and the Union
     * are two: {@code طرفين}, {@code وهما}).
     */
    STATES_AND_ORGANIZATIONS_APART,

    /**
     * Every party is counted, the organization included, with the noun "State", as seed 001
     * prints its totals: {@code كانت هناك ١٨٦ دولة طرفاً في الاتفاقية} (30 May 2016, a total that
     * includes the European Union); "there were 186 States parties".
     */
    ALL_AS_STATES_PARTIES,

    /**
     * Every party is counted, the organization included, with the noun "party" alone, as seed 004
     * prints the Protocol's total: {@code ويضم حالياً 178 طرفاً}.
     */
    ALL_AS_PARTIES
}

package org.tiptracker.report.compose;

import java.util.List;

import org.tiptracker.arabic.CountedNoun;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.arabic.UnArabicOrder;

/**
 * The counted sentences of chapter III.A: {@code أفادت ١٢ دولة، هي …، بأنها …} with the states in UN
 * Arabic order and the count agreeing (one state, two, three to ten, eleven and more), and the
 * sentence on measures that answer a Working Group recommendation.
 */
public final class CountedSentence {

    private CountedSentence() {
    }

    /**
     * {@code أفادت دولة واحدة، هي بيرو، بأنها …}; {@code أفادت دولتان، هما النمسا وبيرو، بأنهما …};
     * {@code أفادت ثلاث دول، هي …، بأنها …}; {@code أفادت ١٢ دولة، هي …، بأنها …}.
     */
    public static String arabic(UnArabic ar, List<String> statesAr, MeasureTypePhrases.Phrase phrase) {
        List<String> names = statesAr.stream().distinct().sorted(UnArabicOrder.INSTANCE).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a counted sentence needs at least one state");
        }
        String listed = ar.listWithAnd(names);
        if (names.size() == 2) {
            return "أفادت " + ar.count(2, CountedNoun.STATE) + "، هما " + listed + "، بأنهما " + phrase.arabicDual() + ".";
        }
        return "أفادت " + ar.count(names.size(), CountedNoun.STATE) + "، هي " + listed + "، بأنها " + phrase.arabic() + ".";
    }

    /** "One State, Peru, reported having …"; "Twelve States, namely …, reported having …". */
    public static String english(List<String> statesEn, MeasureTypePhrases.Phrase phrase) {
        List<String> names = statesEn.stream().distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a counted sentence needs at least one state");
        }
        String count = Context.openingCountEn(names.size(), "State", "States");
        String namely = names.size() > 2 ? "namely " : "";
        return count + ", " + namely + Context.listEn(names) + ", reported having " + phrase.en() + ".";
    }

    /**
     * {@code وأشارت النمسا وبيرو إلى أن تدابيرهما جاءت استجابةً للتوصية ٢٠١٣ (ب) للفريق العامل المعني
     * بالاتجار بالأشخاص.} The label is given in the report's digits.
     */
    public static String recommendationArabic(UnArabic ar, List<String> statesAr, String labelAr) {
        List<String> names = statesAr.stream().distinct().sorted(UnArabicOrder.INSTANCE).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a recommendation sentence needs at least one state");
        }
        String pronoun = names.size() == 2 ? "هما" : "ها";
        return "وأشارت " + ar.listWithAnd(names) + " إلى أن تدابير" + pronoun + " جاءت استجابةً للتوصية "
                + ar.digits(labelAr.strip()) + " للفريق العامل المعني بالاتجار بالأشخاص.";
    }

    /** "Austria and Peru indicated that their measures responded to recommendation 2013 (b) of the Working Group …". */
    public static String recommendationEnglish(List<String> statesEn, String labelEn) {
        List<String> names = statesEn.stream().distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a recommendation sentence needs at least one state");
        }
        return Context.listEn(names) + " indicated that " + (names.size() == 1 ? "its" : "their")
                + " measures responded to recommendation " + labelEn.strip()
                + " of the Working Group on Trafficking in Persons.";
    }
}

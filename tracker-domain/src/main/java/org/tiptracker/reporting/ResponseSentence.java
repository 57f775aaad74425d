package org.tiptracker.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.tiptracker.arabic.UnArabic;
import org.tiptracker.arabic.UnArabicOrder;

/**
 * The report's sentence that names the states which answered the note verbale (seed 001,
 * para. 5): {@code حتى ٣٠ أيار/مايو ٢٠١٦، كانت الدول التالية قد ردت على طلب للمعلومات عمّمه الأمين
 * العام في شكل مذكرة شفوية: الاتحاد الروسي، الأرجنتين، …، الولايات المتحدة الأمريكية.}
 * The names are put in UN Arabic order; they must be the names valid on the date.
 */
public final class ResponseSentence {

    private ResponseSentence() {
    }

    public static String arabic(UnArabic fmt, LocalDate asOf, Collection<String> arabicNames) {
        List<String> names = arabicNames.stream().sorted(UnArabicOrder.INSTANCE).toList();
        if (names.isEmpty()) {
            return "حتى " + fmt.date(asOf) + "، لم ترد أي دولة على طلب للمعلومات عمّمه الأمين العام في شكل مذكرة شفوية.";
        }
        if (names.size() == 1) {
            return "حتى " + fmt.date(asOf) + "، كانت " + names.get(0)
                    + " قد ردت على طلب للمعلومات عمّمه الأمين العام في شكل مذكرة شفوية.";
        }
        return "حتى " + fmt.date(asOf) + "، كانت الدول التالية قد ردت على طلب للمعلومات عمّمه الأمين العام في شكل مذكرة شفوية: "
                + String.join("، ", names) + ".";
    }

    /** The English sentence, names in English alphabetical order. */
    public static String english(LocalDate asOf, Collection<String> englishNames) {
        List<String> names = englishNames.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        String date = asOf.getDayOfMonth() + " " + asOf.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH) + " " + asOf.getYear();
        if (names.isEmpty()) {
            return "As at " + date + ", no State had replied to the request for information circulated by the Secretary-General by note verbale.";
        }
        return "As at " + date + ", the following States had replied to a request for information circulated by the "
                + "Secretary-General by note verbale: " + String.join(", ", names) + ".";
    }
}

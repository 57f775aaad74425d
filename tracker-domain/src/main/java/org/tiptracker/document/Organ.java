package org.tiptracker.document;

/**
 * The body that issued a document, with the names a UN Arabic citation uses and the pronoun
 * suffix of its own resolutions ({@code قرارها} for the General Assembly, {@code قراره} for the
 * Economic and Social Council).
 */
public enum Organ {
    GENERAL_ASSEMBLY("الجمعية العامة", "General Assembly", true),
    ECONOMIC_AND_SOCIAL_COUNCIL("المجلس الاقتصادي والاجتماعي", "Economic and Social Council", false),
    SECURITY_COUNCIL("مجلس الأمن", "Security Council", false),
    HUMAN_RIGHTS_COUNCIL("مجلس حقوق الإنسان", "Human Rights Council", false),
    CRIME_COMMISSION("لجنة منع الجريمة والعدالة الجنائية", "Commission on Crime Prevention and Criminal Justice", true),
    CONFERENCE_OF_THE_PARTIES("مؤتمر الأطراف", "Conference of the Parties", false),
    WORKING_GROUP("الفريق العامل المعني بالاتجار بالأشخاص", "Working Group on Trafficking in Persons", false),
    SECRETARY_GENERAL("الأمين العام", "Secretary-General", false),
    SPECIAL_RAPPORTEUR("المقررة الخاصة المعنية بالاتجار بالأشخاص", "Special Rapporteur on trafficking in persons", true),
    OTHER("", "", false);

    private final String arabic;
    private final String english;
    private final boolean feminine;

    Organ(String arabic, String english, boolean feminine) {
        this.arabic = arabic;
        this.english = english;
        this.feminine = feminine;
    }

    /** The name as a citation prints it after the kind: {@code قرار الجمعية العامة}. */
    public String arabic() {
        return arabic;
    }

    public String english() {
        return english;
    }

    /** {@code ها} or {@code ه}: the suffix when the organ cites its own act ({@code قرارها}). */
    public String pronounSuffix() {
        return feminine ? "ها" : "ه";
    }
}

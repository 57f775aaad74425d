package org.tiptracker.report;

/** The language a report is printed in. Arabic is primary; English comes from the same records. */
public enum ReportLanguage {
    AR,
    EN;

    public static ReportLanguage of(String tag) {
        return tag != null && tag.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? EN : AR;
    }

    public boolean rightToLeft() {
        return this == AR;
    }
}

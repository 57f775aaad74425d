package org.tiptracker.document;

/** What a registered document is; resolutions and decisions carry a number, the others a symbol. */
public enum DocumentKind {
    RESOLUTION("قرار", "resolution", true),
    DECISION("مقرر", "decision", true),
    PRESIDENTIAL_STATEMENT("بيان رئاسي", "presidential statement", false),
    REPORT("تقرير", "report", false),
    BACKGROUND_PAPER("ورقة معلومات أساسية", "background paper", false),
    DRAFT_RESOLUTION("مشروع قرار", "draft resolution", false),
    OTHER("وثيقة", "document", false);

    private final String arabic;
    private final String english;
    private final boolean numbered;

    DocumentKind(String arabic, String english, boolean numbered) {
        this.arabic = arabic;
        this.english = english;
        this.numbered = numbered;
    }

    /** The noun of a citation: {@code قرار}, {@code مقرر}. */
    public String arabic() {
        return arabic;
    }

    public String english() {
        return english;
    }

    /** Resolutions and decisions are cited by their number (70/179), the others by their symbol. */
    public boolean numbered() {
        return numbered;
    }
}

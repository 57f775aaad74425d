package org.tiptracker.document.web;

/** The document form as typed: numbers and dates stay text until checked, so a wrong entry is shown again as it was. */
public class DocumentForm {

    private String organ;
    private String kind;
    private String number;
    private String symbol;
    private String year;
    private String session;
    private String adoptedOn;
    private String titleAr;
    private String titleEn;
    private Long version;

    public String getOrgan() { return organ; }
    public void setOrgan(String organ) { this.organ = organ; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getSymbol() { return symbol; }
    public void setSymbol(String symbol) { this.symbol = symbol; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getSession() { return session; }
    public void setSession(String session) { this.session = session; }
    public String getAdoptedOn() { return adoptedOn; }
    public void setAdoptedOn(String adoptedOn) { this.adoptedOn = adoptedOn; }
    public String getTitleAr() { return titleAr; }
    public void setTitleAr(String titleAr) { this.titleAr = titleAr; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}

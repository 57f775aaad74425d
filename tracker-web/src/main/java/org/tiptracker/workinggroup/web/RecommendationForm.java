package org.tiptracker.workinggroup.web;

/** The recommendation form as typed; {@code position} is the letter's place in the abjad sequence. */
public class RecommendationForm {

    private String meetingId;
    private String paragraph;
    private String position;
    private String addressee;
    private String themeCode;
    private String textAr;
    private String textEn;
    private String source;
    private Long version;

    public String getMeetingId() { return meetingId; }
    public void setMeetingId(String meetingId) { this.meetingId = meetingId; }
    public String getParagraph() { return paragraph; }
    public void setParagraph(String paragraph) { this.paragraph = paragraph; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getAddressee() { return addressee; }
    public void setAddressee(String addressee) { this.addressee = addressee; }
    public String getThemeCode() { return themeCode; }
    public void setThemeCode(String themeCode) { this.themeCode = themeCode; }
    public String getTextAr() { return textAr; }
    public void setTextAr(String textAr) { this.textAr = textAr; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}

package org.tiptracker.workinggroup.web;

import org.tiptracker.web.VersionedForm;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Recommendation;

/** The recommendation form as typed; {@code position} is the letter's place in the abjad sequence. */
public class RecommendationForm extends VersionedForm {

    /** Every field a request may set. */
    static final String[] FIELDS = {"meetingId", "paragraph", "position", "addressee", "themeCode", "textAr", "textEn",
            "source", "version"};

    private String meetingId;
    private String paragraph;
    private String position;
    private String addressee;
    private String themeCode;
    private String textAr;
    private String textEn;
    private String source;

    /** The form of a recommendation as recorded. */
    static RecommendationForm of(Recommendation r) {
        RecommendationForm form = new RecommendationForm();
        form.meetingId = Long.toString(r.meeting().id());
        form.paragraph = r.paragraph() == null ? "" : r.paragraph().toString();
        form.position = Integer.toString(r.position());
        form.addressee = r.addressee().name();
        form.themeCode = r.themeCode();
        form.textAr = r.textAr();
        form.textEn = r.textEn();
        form.source = r.source();
        form.setVersion(r.version());
        return form;
    }

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
}

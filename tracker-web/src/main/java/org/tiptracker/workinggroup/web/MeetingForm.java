package org.tiptracker.workinggroup.web;

import java.util.List;

import org.tiptracker.web.VersionedForm;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Meeting;

/**
 * The meeting form as typed: numbers and dates stay text until checked, so that a wrong entry is
 * shown again as it was. {@code questions} holds one question for discussion per line.
 */
public class MeetingForm extends VersionedForm {

    private String number;
    private String year;
    private String startDate;
    private String endDate;
    private String venueAr;
    private String venueEn;
    private String format;
    private String reportSymbol;
    private String leadInAr;
    private String subjectAr;
    private String source;
    private String questions;

    /** The form of a meeting as recorded, its questions one per line. */
    static MeetingForm of(Meeting m, List<String> questions) {
        MeetingForm form = new MeetingForm();
        form.number = Integer.toString(m.number());
        form.year = Integer.toString(m.year());
        form.startDate = m.startDate() == null ? "" : m.startDate().toString();
        form.endDate = m.endDate() == null ? "" : m.endDate().toString();
        form.venueAr = m.venueAr();
        form.venueEn = m.venueEn();
        form.format = m.format() == null ? "" : m.format().name();
        form.reportSymbol = m.reportSymbol();
        form.leadInAr = m.leadInAr();
        form.subjectAr = m.subjectAr();
        form.source = m.source();
        form.questions = String.join("\n", questions);
        form.setVersion(m.version());
        return form;
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getStartDate() { return startDate; }
    public void setStartDate(String startDate) { this.startDate = startDate; }
    public String getEndDate() { return endDate; }
    public void setEndDate(String endDate) { this.endDate = endDate; }
    public String getVenueAr() { return venueAr; }
    public void setVenueAr(String venueAr) { this.venueAr = venueAr; }
    public String getVenueEn() { return venueEn; }
    public void setVenueEn(String venueEn) { this.venueEn = venueEn; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public String getReportSymbol() { return reportSymbol; }
    public void setReportSymbol(String reportSymbol) { this.reportSymbol = reportSymbol; }
    public String getLeadInAr() { return leadInAr; }
    public void setLeadInAr(String leadInAr) { this.leadInAr = leadInAr; }
    public String getSubjectAr() { return subjectAr; }
    public void setSubjectAr(String subjectAr) { this.subjectAr = subjectAr; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getQuestions() { return questions; }
    public void setQuestions(String questions) { this.questions = questions; }
}

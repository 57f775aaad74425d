package org.tiptracker.workinggroup.web;

import java.util.List;

import org.tiptracker.web.VersionedForm;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Meeting;

/**
 * The meeting form as typed: numbers and dates stay text until checked, so that a wrong entry is
 * shown again as it was. {@code questions} holds one question for discussion per line.
 */
public class MeetingForm extends VersionedForm {

    public String number;
    public String year;
    public String startDate;
    public String endDate;
    public String venueAr;
    public String venueEn;
    public String format;
    public String reportSymbol;
    public String leadInAr;
    public String subjectAr;
    public String source;
    public String questions;

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
        form.version = m.version();
        return form;
    }
}

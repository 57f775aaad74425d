package org.tiptracker.workinggroup.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.tiptracker.common.EditedEntity;
import org.tiptracker.workinggroup.MeetingFormat;

/** A meeting of the Working Group on Trafficking in Persons. */
@Entity
@Table(name = "wg_meeting")
public class WgMeetingEntity extends EditedEntity {

    private int number;

    private int year;

    private LocalDate startDate;

    private LocalDate endDate;

    private String venueAr;

    private String venueEn;

    @Enumerated(EnumType.STRING)
    private MeetingFormat format;

    private String reportSymbol;

    private String leadInAr;

    private String subjectAr;

    private String source;

    private boolean demo;

    protected WgMeetingEntity() {
    }

    WgMeetingEntity(String user, Instant now) {
        super(user, now);
    }

    /** A readable, stable description for the audit trail and the conflict page. */
    public String describe() {
        return "#" + number + " (" + year + ")"
                + "\n" + startDate + " – " + endDate
                + "\n" + nullToEmpty(venueAr) + " / " + nullToEmpty(venueEn)
                + "\n" + (format == null ? "" : format.name()) + " " + nullToEmpty(reportSymbol)
                + (leadInAr == null ? "" : "\n" + leadInAr)
                + (subjectAr == null ? "" : "\n" + subjectAr)
                + (source == null ? "" : "\n" + source);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Takes the meeting's number, year, dates and format from a command that {@code MeetingRules} has checked. */
    void setContent(MeetingCommand checked) {
        this.number = checked.number();
        this.year = checked.year();
        this.startDate = checked.startDate();
        this.endDate = checked.endDate();
        this.format = checked.format();
    }

    void setTexts(String venueAr, String venueEn, String reportSymbol, String leadInAr, String subjectAr, String source) {
        this.venueAr = venueAr;
        this.venueEn = venueEn;
        this.reportSymbol = reportSymbol;
        this.leadInAr = leadInAr;
        this.subjectAr = subjectAr;
        this.source = source;
    }

    /** The meeting as the web layer reads it. */
    WorkingGroupViews.Meeting view() {
        return new WorkingGroupViews.Meeting(getId(), number, year, startDate, endDate, venueAr, venueEn, format,
                reportSymbol, leadInAr, subjectAr, source, demo, getVersion());
    }

    public int getNumber() { return number; }
    public int getYear() { return year; }
    public String getLeadInAr() { return leadInAr; }
    public String getSubjectAr() { return subjectAr; }
}

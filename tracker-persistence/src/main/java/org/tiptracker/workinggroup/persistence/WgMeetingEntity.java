package org.tiptracker.workinggroup.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tiptracker.workinggroup.MeetingFormat;

/** A meeting of the Working Group on Trafficking in Persons. */
@Entity
@Table(name = "wg_meeting")
public class WgMeetingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private int year;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "venue_ar")
    private String venueAr;

    @Column(name = "venue_en")
    private String venueEn;

    @Enumerated(EnumType.STRING)
    private MeetingFormat format;

    @Column(name = "report_symbol")
    private String reportSymbol;

    @Column(name = "lead_in_ar")
    private String leadInAr;

    @Column(name = "subject_ar")
    private String subjectAr;

    private String source;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected WgMeetingEntity() {
    }

    WgMeetingEntity(String user, Instant now) {
        this.createdBy = user;
        touched(user, now);
    }

    void touched(String user, Instant now) {
        this.updatedBy = user;
        this.updatedAt = now;
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

    public Long getId() { return id; }
    public int getNumber() { return number; }
    void setNumber(int number) { this.number = number; }
    public int getYear() { return year; }
    void setYear(int year) { this.year = year; }
    public LocalDate getStartDate() { return startDate; }
    void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getVenueAr() { return venueAr; }
    void setVenueAr(String venueAr) { this.venueAr = venueAr; }
    public String getVenueEn() { return venueEn; }
    void setVenueEn(String venueEn) { this.venueEn = venueEn; }
    public MeetingFormat getFormat() { return format; }
    void setFormat(MeetingFormat format) { this.format = format; }
    public String getReportSymbol() { return reportSymbol; }
    void setReportSymbol(String reportSymbol) { this.reportSymbol = reportSymbol; }
    public String getLeadInAr() { return leadInAr; }
    void setLeadInAr(String leadInAr) { this.leadInAr = leadInAr; }
    public String getSubjectAr() { return subjectAr; }
    void setSubjectAr(String subjectAr) { this.subjectAr = subjectAr; }
    public String getSource() { return source; }
    void setSource(String source) { this.source = source; }
    public boolean isDemo() { return demo; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}

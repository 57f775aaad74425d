package org.tiptracker.workinggroup.persistence;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.tiptracker.arabic.Abjad;
import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.common.EditedEntity;
import org.tiptracker.workinggroup.Addressee;

/** A recommendation adopted by the Working Group at a meeting: one lettered sub-paragraph. */
@Entity
@Table(name = "wg_recommendation")
public class WgRecommendationEntity extends EditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private WgMeetingEntity meeting;

    private Integer paragraph;

    private int position;

    @Enumerated(EnumType.STRING)
    private Addressee addressee;

    private String themeCode;

    private String textAr;

    private String textEn;

    private String source;

    private String searchText;

    private boolean demo;

    protected WgRecommendationEntity() {
    }

    WgRecommendationEntity(String user, Instant now) {
        super(user, now);
    }

    void setContent(WgMeetingEntity meeting, Integer paragraph, int position, Addressee addressee, String themeCode,
                    String textAr, String textEn, String source) {
        this.meeting = meeting;
        this.paragraph = paragraph;
        this.position = position;
        this.addressee = addressee;
        this.themeCode = themeCode;
        this.textAr = textAr;
        this.textEn = textEn;
        this.source = source;
        this.searchText = ArabicSearch.normalize(textAr + " " + (textEn == null ? "" : textEn));
    }

    /** The sub-paragraph's label: {@code (أ)}. */
    public String getLetter() {
        return Abjad.item(position);
    }

    /** A readable, stable description for the audit trail and the conflict page. */
    public String describe() {
        return "meeting #" + meeting.getNumber() + " (" + meeting.getYear() + ")"
                + (paragraph == null ? "" : " para. " + paragraph) + " " + getLetter()
                + "\n" + addressee + " / " + themeCode
                + "\n" + textAr
                + (textEn == null ? "" : "\n" + textEn)
                + (source == null ? "" : "\n" + source);
    }

    public WgMeetingEntity getMeeting() { return meeting; }
    public Integer getParagraph() { return paragraph; }
    public int getPosition() { return position; }
    public Addressee getAddressee() { return addressee; }
    public String getThemeCode() { return themeCode; }
    public String getTextAr() { return textAr; }
    public String getTextEn() { return textEn; }
    public String getSource() { return source; }
    public boolean isDemo() { return demo; }
}

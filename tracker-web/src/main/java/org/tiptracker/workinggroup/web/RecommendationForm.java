package org.tiptracker.workinggroup.web;

import org.tiptracker.web.VersionedForm;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Recommendation;

/** The recommendation form as typed; {@code position} is the letter's place in the abjad sequence. */
public class RecommendationForm extends VersionedForm {

    /** Every field a request may set. */
    static final String[] FIELDS = {"meetingId", "paragraph", "position", "addressee", "themeCode", "textAr", "textEn",
            "source", "version"};

    public String meetingId;
    public String paragraph;
    public String position;
    public String addressee;
    public String themeCode;
    public String textAr;
    public String textEn;
    public String source;

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
        form.version = r.version();
        return form;
    }
}

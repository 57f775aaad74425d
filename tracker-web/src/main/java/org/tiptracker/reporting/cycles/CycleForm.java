package org.tiptracker.reporting.cycles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.tiptracker.reporting.persistence.CycleView;
import org.tiptracker.web.VersionedForm;

/**
 * The cycle form as typed: dates stay text until checked, so that a wrong entry is shown again
 * as it was. {@code allMembers} asks every UN member state; otherwise {@code participants} lists
 * the ISO codes ticked.
 */
public class CycleForm extends VersionedForm {

    public String titleAr;
    public String titleEn;
    public String noteReference;
    public String resolution;
    public String periodStart;
    public String periodEnd;
    public String deadline;
    public String status = "DRAFT";
    public boolean allMembers = true;
    public List<String> participants = new ArrayList<>();

    /** The form of a stored cycle; {@code allMembers} ticked when it asks exactly {@code unMembers}. */
    static CycleForm of(CycleView cycle, Set<String> unMembers) {
        CycleForm form = new CycleForm();
        form.titleAr = cycle.titleAr();
        form.titleEn = cycle.titleEn();
        form.noteReference = cycle.noteReference();
        form.resolution = cycle.resolution();
        form.periodStart = cycle.periodStart().toString();
        form.periodEnd = cycle.periodEnd().toString();
        form.deadline = cycle.deadline().toString();
        form.status = cycle.status().name();
        form.allMembers = cycle.participantIso3().equals(unMembers);
        form.participants = new ArrayList<>(cycle.participantIso3());
        form.version = cycle.version();
        return form;
    }

}

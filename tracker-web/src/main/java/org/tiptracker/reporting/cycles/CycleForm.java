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

    private String titleAr;
    private String titleEn;
    private String noteReference;
    private String resolution;
    private String periodStart;
    private String periodEnd;
    private String deadline;
    private String status = "DRAFT";
    private boolean allMembers = true;
    private List<String> participants = new ArrayList<>();

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
        form.setVersion(cycle.version());
        return form;
    }

    public String getTitleAr() { return titleAr; }
    public void setTitleAr(String titleAr) { this.titleAr = titleAr; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getNoteReference() { return noteReference; }
    public void setNoteReference(String noteReference) { this.noteReference = noteReference; }
    public String getResolution() { return resolution; }
    public void setResolution(String resolution) { this.resolution = resolution; }
    public String getPeriodStart() { return periodStart; }
    public void setPeriodStart(String periodStart) { this.periodStart = periodStart; }
    public String getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(String periodEnd) { this.periodEnd = periodEnd; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String deadline) { this.deadline = deadline; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public boolean isAllMembers() { return allMembers; }
    public void setAllMembers(boolean allMembers) { this.allMembers = allMembers; }
    public List<String> getParticipants() { return participants; }
    public void setParticipants(List<String> participants) { this.participants = participants == null ? new ArrayList<>() : participants; }
}

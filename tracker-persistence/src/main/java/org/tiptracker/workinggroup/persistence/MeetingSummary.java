package org.tiptracker.workinggroup.persistence;

/** A meeting with the number of its questions and recommendations. */
public record MeetingSummary(WorkingGroupViews.Meeting meeting, long questions, long recommendations) {
}

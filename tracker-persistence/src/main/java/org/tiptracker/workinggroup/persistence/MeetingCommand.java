package org.tiptracker.workinggroup.persistence;

import java.time.LocalDate;
import java.util.List;

import org.tiptracker.workinggroup.MeetingFormat;

/** What the secretariat enters for a meeting; {@code questions} are the questions for discussion, in order. */
public record MeetingCommand(Integer number, Integer year, LocalDate startDate, LocalDate endDate, String venueAr,
                             String venueEn, MeetingFormat format, String reportSymbol, String leadInAr,
                             String subjectAr, String source, List<String> questions) {

    public MeetingCommand {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}

package org.tiptracker.treaty.web;

import org.tiptracker.web.RecordsNotices;
import java.util.List;

import org.tiptracker.treaty.ParticipantTreatyStatus;
import org.tiptracker.treaty.StatusKind;
import org.tiptracker.treaty.Treaty;

/** The status table as a page, an export or the API shows it; display strings are precomputed. */
public record StatusTable(StatusFilter filter, String asOfText, List<Treaty> treaties, List<Count> counts,
                          List<Row> rows, int participantTotal, List<RecordsNotices.Notice> notices) {

    /** Parties and signatories (signed, not yet party) of one treaty on the date. */
    public record Count(Treaty treaty, String shortName, long parties, long signatories, String partiesText,
                        String signatoriesText) {
    }

    /** One participant: its name as of the date, its region and one cell per treaty. */
    public record Row(String iso3, String name, String region, String regionName, List<Cell> cells) {
    }

    /** One participant and treaty. */
    public record Cell(ParticipantTreatyStatus status, String signatureText, String instrumentText, String marker) {

        public StatusKind kind() {
            return status.kind();
        }

        /** The CSS class of the party-date cell ({@code party} when party on the date), for the template. */
        public String partyClass() {
            return status.kind() == StatusKind.PARTY ? "party" : null;
        }

        /** Whether the instrument carries a UNTC marker (a, A, AA, d). */
        public boolean hasMarker() {
            return marker != null && !marker.isEmpty();
        }
    }
}

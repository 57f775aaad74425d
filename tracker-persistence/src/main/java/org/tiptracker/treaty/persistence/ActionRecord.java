package org.tiptracker.treaty.persistence;

import java.time.LocalDate;

/**
 * A recorded treaty action as the pages show and edit it: the participant's ISO code, the treaty
 * and kind codes as stored ({@code TIP}, {@code RATIFICATION}), its date, text and source, and the
 * version it was read at.
 */
public record ActionRecord(long id, long version, String iso3, String treatyCode, String kind, LocalDate actionDate,
                           String text, String source) {

    static ActionRecord of(TreatyActionEntity e) {
        return new ActionRecord(e.getId(), e.getVersion(), e.getParticipant().getIso3(), e.getTreatyCode().name(), e.getKind().name(),
                e.getActionDate(), e.getText(), e.getSource());
    }
}

package org.tiptracker.treaty;

import java.time.LocalDate;

/**
 * A participant's status towards one treaty as of a date.
 *
 * @param iso3           the participant
 * @param treaty         the treaty
 * @param kind           party, signatory or none
 * @param signature      date of signature if signed by the as-of date, else null
 * @param instrumentDate deposit date of the instrument that makes it a party (only for PARTY)
 * @param instrumentKind kind of that instrument (only for PARTY)
 * @param entryIntoForce date the treaty enters into force for it (only for PARTY; may lie after the as-of date)
 */
public record ParticipantTreatyStatus(String iso3, TreatyCode treaty, StatusKind kind, LocalDate signature,
                                      LocalDate instrumentDate, ActionKind instrumentKind, LocalDate entryIntoForce) {

    /** The UNTC marker of the instrument ("a", "A", "AA", "d"), or "" for ratification or no instrument. */
    public String marker() {
        return instrumentKind == null ? "" : instrumentKind.marker();
    }
}

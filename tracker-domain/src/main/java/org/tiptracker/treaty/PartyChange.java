package org.tiptracker.treaty;

import java.time.LocalDate;

/**
 * A change in a participant's standing towards a treaty: a signature, becoming a party
 * (kind = the instrument's kind) or ceasing to be one (kind = {@link ActionKind#DENUNCIATION}).
 */
public record PartyChange(String iso3, TreatyCode treaty, ActionKind kind, LocalDate date) {
}
